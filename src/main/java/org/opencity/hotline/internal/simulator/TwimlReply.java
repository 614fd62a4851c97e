package org.opencity.hotline.internal.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A TwiML {@code <Response>} as the provider reads it, parsed with the JDK's DOM parser (no doctype, no external
 * entities): what the caller hears, in order, up to the first verb that waits ({@code <Gather>}, {@code <Record>},
 * {@code <Dial>}), the {@code <Redirect>} after it, or a {@code <Hangup>}. Verbs after a {@code <Redirect>} or
 * {@code <Hangup>} are never reached, as on the phone.
 *
 * @param heard texts said ({@code <Say>}) and prompt addresses played ({@code <Play>}), as {@link Heard}
 */
record TwimlReply(List<Heard> heard, Pending pending, boolean hangUp) {

    /** One prompt: a text said, or the address of a WAV played. */
    record Heard(String said, String playUrl) {}

    static TwimlReply parse(String xml) {
        Document document = document(xml);
        Element response = document.getDocumentElement();
        if (!"Response".equals(response.getTagName())) {
            throw new SimulatorFailure("not a TwiML <Response>: <" + response.getTagName() + ">");
        }
        List<Heard> heard = new ArrayList<>();
        Pending pending = Pending.NONE;
        for (Node node = response.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element verb)) {
                continue;
            }
            String name = verb.getTagName();
            if (name.equals("Hangup")) {
                return new TwimlReply(heard, Pending.NONE, true);
            }
            if (name.equals("Redirect")) {
                String url = verb.getTextContent().strip();
                return new TwimlReply(
                        heard,
                        pending.kind() == Pending.Kind.NONE ? Pending.redirect(url) : pending.withRedirect(url),
                        false);
            }
            if (pending.kind() != Pending.Kind.NONE) {
                continue; // the provider waits at the first verb that waits; only a redirect after it counts
            }
            switch (name) {
                case "Say", "Play" -> heard(verb, heard);
                case "Gather" -> {
                    for (Node inner = verb.getFirstChild(); inner != null; inner = inner.getNextSibling()) {
                        if (inner instanceof Element prompt) {
                            heard(prompt, heard);
                        }
                    }
                    pending = gather(verb);
                }
                case "Record" ->
                    pending = new Pending(
                            Pending.Kind.RECORD, verb.getAttribute("action"), null, false, false, null, "#", null);
                case "Dial" ->
                    pending = new Pending(
                            Pending.Kind.DIAL,
                            verb.getAttribute("action"),
                            null,
                            false,
                            false,
                            null,
                            null,
                            verb.getTextContent().strip());
                default -> {
                    // <Pause> and anything else the caller does not hear as words
                }
            }
        }
        return new TwimlReply(heard, pending, false);
    }

    private static Pending gather(Element verb) {
        String input = verb.hasAttribute("input") ? verb.getAttribute("input") : "dtmf";
        Integer digits = null;
        if (verb.hasAttribute("numDigits")) {
            try {
                digits = Integer.valueOf(verb.getAttribute("numDigits").strip());
            } catch (NumberFormatException ignored) {
                digits = null;
            }
        }
        return new Pending(
                Pending.Kind.LISTEN,
                verb.getAttribute("action"),
                null,
                input.contains("dtmf"),
                input.contains("speech"),
                digits,
                verb.hasAttribute("finishOnKey") ? verb.getAttribute("finishOnKey") : "#",
                null);
    }

    private static void heard(Element verb, List<Heard> heard) {
        String text = verb.getTextContent().strip();
        if (text.isEmpty()) {
            return;
        }
        if (verb.getTagName().equals("Say")) {
            heard.add(new Heard(text, null));
        } else if (verb.getTagName().equals("Play")) {
            heard.add(new Heard(null, text));
        }
    }

    private static Document document(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException | IOException unreadable) {
            throw new SimulatorFailure("unreadable TwiML: " + unreadable.getMessage());
        }
    }
}
