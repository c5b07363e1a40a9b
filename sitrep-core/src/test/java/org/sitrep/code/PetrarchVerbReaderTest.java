package org.sitrep.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PloverType;

class PetrarchVerbReaderTest {
    private static List<EventPattern> read(String text) throws IOException {
        return PetrarchVerbReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "verbs.txt");
    }

    @Test
    void blocksSynonymsAndPatternsBecomeVerbPatternsWithTheirCodes() throws IOException {
        List<EventPattern> patterns = read("""
                <!-- SYNSETS -->
                &AIDTYPE
                +FOOD
                +MEDICINE

                --- SEND  [070]  ---
                SEND  {SENT SENDING}  # a comment
                +DISPATCH
                - * TROOPS  [150]
                - * &AIDTYPE TO  [0711]
                - * APOLOGY  [+++]

                --- STRIKE  [190]  ---
                STRIKE
                - * DEAL  [057]
                """);

        assertThat(patterns).filteredOn(p -> p.words().equals(List.of("send"))).singleElement()
                .satisfies(p -> {
                    assertThat(p.cameo()).isEqualTo("070");
                    assertThat(p.type()).isEqualTo(PloverType.AID);
                });
        assertThat(patterns).filteredOn(p -> p.words().equals(List.of("dispatch"))).extracting(EventPattern::cameo)
                .containsExactly("070");
        assertThat(patterns).filteredOn(p -> p.words().equals(List.of("send", "troops")))
                .extracting(EventPattern::type).containsExactly(PloverType.MOBILIZE);
        assertThat(patterns).filteredOn(p -> p.words().equals(List.of("dispatch", "food", "to")))
                .extracting(EventPattern::cameo).containsExactly("0711");
        assertThat(patterns).filteredOn(p -> p.words().contains("apology")).hasSize(2)
                .allMatch(EventPattern::codesNothing); // a null code: no event
        assertThat(patterns).filteredOn(p -> p.words().equals(List.of("strike", "deal")))
                .extracting(EventPattern::type).containsExactly(PloverType.SUPPORT);
        assertThat(patterns).allMatch(p -> p.recipientRoles().contains("*"));
    }

    @Test
    void codesWithoutAPloverTypeKeepTheirCodeAndOtherCodesAreLeftOut() throws IOException {
        List<EventPattern> patterns = read("""
                --- SAY  [010]  ---
                SAY
                --- WONDER  [903]  ---
                WONDER
                --- HAGGLE  [174K]  ---
                HAGGLE
                --- MUMBLE  [###]  ---
                MUMBLE
                """);

        assertThat(patterns).extracting(EventPattern::cameo).containsExactly("010", "903");
        assertThat(patterns).noneMatch(EventPattern::typed);
        assertThat(patterns).extracting(EventPattern::type).containsOnly(EventPattern.STAND_IN);
        assertThat(CameoTypes.typeOf("1712")).contains(PloverType.ASSAULT);
        assertThat(CameoTypes.typeOf("163")).contains(PloverType.COERCE);
        assertThat(CameoTypes.typeOf("084")).contains(PloverType.RETREAT);
        assertThat(CameoTypes.typeOf("081")).contains(PloverType.CONCEDE);
    }

    @Test
    void aPairedCodeKeepsItsReverseEvent() throws IOException {
        List<EventPattern> patterns = read("""
                --- LEAVE  [---]  ---
                LEAVE
                - * FOR  [032:033]
                """);

        assertThat(patterns).singleElement().satisfies(p -> {
            assertThat(p.cameo()).isEqualTo("032");
            assertThat(p.reverseCameo()).isEqualTo("033");
            assertThat(p.words()).containsExactly("leave", "for");
        });
    }

    @Test
    void wordsBeforeTheVerbSynsetPhrasesAndJoinedWords() throws IOException {
        List<EventPattern> patterns = read("""
                &NEVER_
                +NEVER
                +WILL NOT
                &GIFT
                +GOLD_COIN
                --- OFFER  [050]  ---
                OFFER
                - &NEVER *  [055]
                - * &GIFT  [071]
                - RECENTLY_* TO_HELP  [073]
                - * BRIBE  [903]
                """);

        assertThat(patterns).filteredOn(p -> p.cameo().equals("055")).extracting(EventPattern::before)
                .containsExactlyInAnyOrder(List.of("never"), List.of("will_", "not")); // no plurals: label ends _
        assertThat(patterns).filteredOn(p -> p.cameo().equals("071")).extracting(EventPattern::words)
                .containsExactlyInAnyOrder(List.of("offer", "gold", "_coin"), List.of("offer", "gold", "_coins"));
        assertThat(patterns).filteredOn(p -> p.cameo().equals("073")).singleElement().satisfies(p -> {
            assertThat(p.before()).containsExactly("recently_");
            assertThat(p.words()).containsExactly("offer", "to", "_help");
            assertThat(p.length()).isEqualTo(4);
        });
        assertThat(patterns).filteredOn(p -> p.words().contains("bribe")).singleElement()
                .satisfies(p -> {
                    assertThat(p.cameo()).isEqualTo("903"); // WEIS code: wins, codes an event with no PLOVER type
                    assertThat(p.typed()).isFalse();
                });
    }

    @Test
    void actorMarkersSetWhereTheTargetIs() throws IOException {
        List<EventPattern> patterns = read("""
                --- HOST  [042]  ---
                HOST
                - * SUMMIT IN ^ WITH +  [043]
                - + * FROM $  [066]
                """);

        assertThat(patterns).filteredOn(p -> p.cameo().equals("043")).singleElement()
                .satisfies(p -> assertThat(p.recipientRoles()).containsSubsequence("*", "^"));
        assertThat(patterns).filteredOn(p -> p.cameo().equals("066")).singleElement()
                .satisfies(p -> assertThat(p.recipientRoles()).contains("$").doesNotContain("^"));
    }

    @Test
    void aCompoundActorBeforeTheVerbMakesTheLongerPattern() throws IOException {
        List<EventPattern> patterns = read("""
                --- CONCUR  [081]  ---
                CONCUR
                - % *  [030:030]
                """);

        EventPattern plain = patterns.stream().filter(p -> p.cameo().equals("081")).findFirst().orElseThrow();
        assertThat(patterns).filteredOn(p -> p.cameo().equals("030")).singleElement().satisfies(p -> {
            assertThat(p.recipientRoles()).contains("*", "%");
            assertThat(p.length()).isGreaterThan(plain.length());
        });
        assertThat(plain.recipientRoles()).doesNotContain("%");
    }
}
