package org.opencity.report.open311;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.opencity.report.open311.Open311Document.Fields;
import org.opencity.report.open311.Open311Document.Items;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link Open311Document} as the bytes of a response. The body is rendered here rather than by
 * message converters so that the platform's content negotiation stays untouched (no XML converter is added)
 * and the path's extension alone decides the format.
 */
@Component
class Open311Writer {

    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

    private final JsonMapper json;

    Open311Writer(JsonMapper json) {
        this.json = json;
    }

    ResponseEntity<byte[]> answer(Open311Format format, HttpStatusCode status, Open311Document document) {
        byte[] body = format == Open311Format.XML ? xml(document) : json.writeValueAsBytes(plain(document.body()));
        return ResponseEntity.status(status).contentType(format.mediaType()).body(body);
    }

    /** Fields and Items as the maps and lists Jackson knows; the root name is dropped (Spark convention). */
    private static Object plain(Object value) {
        if (value instanceof Fields fields) {
            Map<String, Object> map = new LinkedHashMap<>();
            fields.asMap().forEach((name, field) -> map.put(name, plain(field)));
            return map;
        }
        if (value instanceof Items items) {
            List<Object> list = new ArrayList<>();
            items.values().forEach(item -> list.add(plain(item)));
            return list;
        }
        return value;
    }

    private static byte[] xml(Open311Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, document.root(), document.body());
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write an Open311 XML answer", e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof Fields fields) {
            for (Map.Entry<String, Object> field : fields.asMap().entrySet()) {
                element(xml, field.getKey(), field.getValue());
            }
        } else if (value instanceof Items items) {
            for (Object item : items.values()) {
                element(xml, items.element(), item);
            }
        } else {
            xml.writeCharacters(text(value));
        }
        xml.writeEndElement();
    }

    private static String text(Object value) {
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).toPlainString();
        }
        return XmlText.clean(String.valueOf(value));
    }
}
