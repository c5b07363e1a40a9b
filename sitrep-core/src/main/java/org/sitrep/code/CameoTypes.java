package org.sitrep.code;

import java.util.Optional;
import org.sitrep.model.PloverType;

/**
 * The PLOVER type of a CAMEO code, by CAMEO's own hierarchy: 02 and 10 request, 03 agree, 04 consult, 05 support,
 * 06 cooperate, 07 aid, 080-083 concede and 084-087 retreat, 09 and 11 accuse, 12 reject, 13 threaten, 14 protest,
 * 15 mobilize, 16 sanction (but 163, sanctions and embargoes, coerce), 17 coerce (but 1712 and 175 assault), 18-20
 * assault. Statements (01) and anything else have no PLOVER type.
 */
public final class CameoTypes {
    private CameoTypes() {
    }

    public static Optional<PloverType> typeOf(String cameo) {
        if (cameo == null || !cameo.matches("\\d{2,4}")) {
            return Optional.empty();
        }
        if (cameo.startsWith("163")) {
            return Optional.of(PloverType.COERCE);
        }
        if (cameo.startsWith("1712") || cameo.startsWith("175")) {
            return Optional.of(PloverType.ASSAULT);
        }
        if (cameo.startsWith("08")) {
            int third = cameo.length() > 2 ? cameo.charAt(2) - '0' : 0;
            return Optional.of(third >= 4 ? PloverType.RETREAT : PloverType.CONCEDE);
        }
        return Optional.ofNullable(switch (cameo.substring(0, 2)) {
            case "02", "10" -> PloverType.REQUEST;
            case "03" -> PloverType.AGREE;
            case "04" -> PloverType.CONSULT;
            case "05" -> PloverType.SUPPORT;
            case "06" -> PloverType.COOPERATE;
            case "07" -> PloverType.AID;
            case "09", "11" -> PloverType.ACCUSE;
            case "12" -> PloverType.REJECT;
            case "13" -> PloverType.THREATEN;
            case "14" -> PloverType.PROTEST;
            case "15" -> PloverType.MOBILIZE;
            case "16" -> PloverType.SANCTION;
            case "17" -> PloverType.COERCE;
            case "18", "19", "20" -> PloverType.ASSAULT;
            default -> null;
        });
    }
}
