package org.opencity.hotline.twiml;

import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.opencity.hotline.internal.call.CallStep;
import org.opencity.hotline.internal.call.Instruction;
import org.opencity.hotline.internal.call.Reply;

/**
 * A reply as a TwiML {@code <Response>} document, written with the JDK's StAX writer (which escapes what a caller's
 * words or a record's text may contain). Every URL handed to the provider is absolute, from the platform's base URL.
 * Prompts are {@code <Play>} of a synthesised WAV when one is available, {@code <Say>} otherwise.
 */
final class TwimlDocument {

    static final String PATH = "/hotline/twiml/";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final String baseUrl;
    private final PromptAudio audio;

    TwimlDocument(String baseUrl, PromptAudio audio) {
        this.baseUrl = baseUrl;
        this.audio = audio;
    }

    String write(Reply reply) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Response");
            for (Instruction instruction : reply.instructions()) {
                write(xml, instruction);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException impossible) {
            throw new IllegalStateException("writing to a string", impossible);
        }
        return out.toString();
    }

    String url(CallStep step) {
        return baseUrl + PATH + (step == CallStep.START ? "voice" : step.path());
    }

    String url(String path) {
        return baseUrl + PATH + path;
    }

    // Java 17: no pattern matching in switch yet, so the instruction set is dispatched with instanceof.
    private void write(XMLStreamWriter xml, Instruction instruction) throws XMLStreamException {
        if (instruction instanceof Instruction.Speak speak) {
            speak(xml, speak);
        } else if (instruction instanceof Instruction.Listen listen) {
            gather(xml, listen);
        } else if (instruction instanceof Instruction.RecordMessage record) {
            xml.writeEmptyElement("Record");
            xml.writeAttribute("action", url(record.next()));
            xml.writeAttribute("method", "POST");
            xml.writeAttribute("maxLength", Integer.toString(record.maxSeconds()));
            xml.writeAttribute("playBeep", "true");
            xml.writeAttribute("finishOnKey", "#");
            xml.writeAttribute("timeout", "5");
            xml.writeAttribute("transcribe", "true");
            xml.writeAttribute("transcribeCallback", url("transcription"));
        } else if (instruction instanceof Instruction.Pause pause) {
            xml.writeEmptyElement("Pause");
            xml.writeAttribute("length", Integer.toString(pause.seconds()));
        } else if (instruction instanceof Instruction.GoTo goTo) {
            xml.writeStartElement("Redirect");
            xml.writeAttribute("method", "POST");
            xml.writeCharacters(url(goTo.next()));
            xml.writeEndElement();
        } else if (instruction instanceof Instruction.Connect connect) {
            xml.writeStartElement("Dial");
            xml.writeAttribute("action", url(connect.after()));
            xml.writeAttribute("method", "POST");
            xml.writeAttribute("timeout", "20");
            xml.writeAttribute("answerOnBridge", "true");
            String address = connect.address().strip();
            xml.writeStartElement(address.toLowerCase(Locale.ROOT).startsWith("sip:") ? "Sip" : "Number");
            xml.writeCharacters(address);
            xml.writeEndElement();
            xml.writeEndElement();
        } else if (instruction instanceof Instruction.HangUp) {
            xml.writeEmptyElement("Hangup");
        }
    }

    private void gather(XMLStreamWriter xml, Instruction.Listen listen) throws XMLStreamException {
        xml.writeStartElement("Gather");
        xml.writeAttribute(
                "input", listen.keys() && listen.speech() ? "dtmf speech" : listen.keys() ? "dtmf" : "speech");
        xml.writeAttribute("action", url(listen.next()));
        xml.writeAttribute("method", "POST");
        xml.writeAttribute("timeout", Integer.toString(listen.timeoutSeconds()));
        if (listen.digits() != null) {
            xml.writeAttribute("numDigits", Integer.toString(listen.digits()));
        }
        if (listen.finishOnKey() != null) {
            xml.writeAttribute("finishOnKey", listen.finishOnKey());
        }
        if (listen.speech()) {
            xml.writeAttribute("language", languageTag(listen.language()));
            xml.writeAttribute("speechTimeout", "auto");
        }
        for (Instruction.Speak prompt : listen.prompts()) {
            speak(xml, prompt);
        }
        xml.writeEndElement();
    }

    private void speak(XMLStreamWriter xml, Instruction.Speak speak) throws XMLStreamException {
        var played = audio.path(speak.text(), speak.language());
        if (played.isPresent()) {
            xml.writeStartElement("Play");
            xml.writeCharacters(baseUrl + played.get());
        } else {
            xml.writeStartElement("Say");
            xml.writeAttribute("language", languageTag(speak.language()));
            xml.writeCharacters(speak.text());
        }
        xml.writeEndElement();
    }

    private static String languageTag(Locale language) {
        return "en".equals(language.getLanguage()) ? "en-US" : "vi-VN";
    }
}
