package org.sitrep.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes document bytes to text: byte-order marks first, then a declared charset (HTML meta, unless the bytes are
 * valid UTF-8 with non-ASCII characters), then strict UTF-8, and windows-1252 as the last resort (with a warning,
 * so nothing is lost silently).
 */
final class TextDecoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    /** Decoded text and a warning when the bytes were not what they claimed to be. */
    record Decoded(String text, String warning) {
    }

    private TextDecoder() {
    }

    /** True when the bytes look like a binary file rather than text in some encoding. */
    static boolean looksBinary(byte[] bytes) {
        if (hasUtf16Bom(bytes)) {
            return false;
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    /** More than a quarter of the bytes above 0x7F: no single-byte text encoding of a news language looks like that. */
    static boolean mostlyHighBytes(byte[] bytes) {
        int n = Math.min(bytes.length, 65536);
        int high = 0;
        for (int i = 0; i < n; i++) {
            if ((bytes[i] & 0x80) != 0) {
                high++;
            }
        }
        return n > 0 && high * 4 > n;
    }

    private static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)
                || ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE));
    }

    static Decoded decode(byte[] bytes, boolean html) {
        return decode(bytes, html, null);
    }

    /** Decodes with a charset the container declared (an HTTP header), which wins over a meta tag. */
    static Decoded decode(byte[] bytes, boolean html, String declared) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return lenient(bytes, 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE);
        }
        Optional<Charset> fromContainer = charset(declared);
        if (fromContainer.isPresent() && !fromContainer.get().equals(StandardCharsets.UTF_8)) {
            return lenient(bytes, 0, fromContainer.get());
        }
        if (html && fromContainer.isEmpty()) {
            Optional<Charset> fromPage = declaredCharset(bytes);
            if (fromPage.isPresent() && !fromPage.get().equals(StandardCharsets.UTF_8)) {
                String utf8 = strictUtf8WithNonAscii(bytes);
                if (utf8 != null) {
                    // a meta tag left from an older template: text in a legacy charset almost never forms valid
                    // multi-byte UTF-8 ("Ã³" for "ó" is what reading UTF-8 as Latin-1 gives)
                    return new Decoded(utf8, null);
                }
                return lenient(bytes, 0, fromPage.get());
            }
        }
        String fast = new String(bytes, StandardCharsets.UTF_8); // the JDK's intrinsic; U+FFFD marks bad bytes
        if (fast.indexOf('\uFFFD') < 0) {
            return new Decoded(fast, null);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, null);
        } catch (CharacterCodingException e) {
            Charset fallback = Charset.forName("windows-1252");
            return new Decoded(new String(bytes, fallback),
                    "not valid UTF-8 (" + e.getMessage() + "); decoded as windows-1252");
        }
    }

    /** The text when the bytes are valid UTF-8 and hold at least one multi-byte sequence, else null. */
    static String strictUtf8WithNonAscii(byte[] bytes) {
        boolean high = false;
        for (byte b : bytes) {
            if (b < 0) {
                high = true;
                break;
            }
        }
        if (!high) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Decoded lenient(byte[] bytes, int offset, Charset charset) {
        return new Decoded(new String(bytes, offset, bytes.length - offset, charset), null);
    }

    static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        int at = head.toLowerCase(Locale.ROOT).indexOf("charset");
        if (at < 0) {
            return Optional.empty();
        }
        head = head.substring(Math.max(0, head.lastIndexOf('<', at)), Math.min(head.length(), at + 64));
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    /** A charset by name, with the aliases browsers apply (WHATWG encoding standard); empty when unknown. */
    static Optional<Charset> charset(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
