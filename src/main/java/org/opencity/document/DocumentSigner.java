package org.opencity.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.opencity.document.internal.PadesSignature;
import org.opencity.document.internal.SigningIdentity;
import org.opencity.document.internal.UnitKeys;
import org.opencity.identity.Unit;
import org.opencity.identity.UnitId;
import org.opencity.identity.Units;
import org.springframework.stereotype.Service;

/**
 * Signs a PDF in the name of an issuing unit: a PAdES baseline signature ({@code ETSI.CAdES.detached}) added
 * by an incremental save, so the bytes before it stay exactly as they were and the signature covers the
 * whole file.
 */
@Service
public class DocumentSigner {

    private static final int SIGNATURE_SPACE = 16 * 1024;
    private static final TimeZone HANOI = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");

    private final Units units;
    private final UnitKeys keys;
    private final Clock clock;

    DocumentSigner(Units units, UnitKeys keys, Clock clock) {
        this.clock = clock;
        this.units = units;
        this.keys = keys;
    }

    /**
     * @param reason why the unit signs, e.g. "Phê duyệt kết quả giải quyết hồ sơ"
     * @param location where, e.g. "Hà Nội"
     * @return the signed PDF (the original bytes followed by the signature's incremental update)
     */
    public byte[] sign(byte[] pdf, UnitId signer, String reason, String location) {
        Unit unit = units.byId(signer).orElseThrow(() -> new SigningUnitNotFound(signer));
        SigningIdentity identity = keys.forUnit(unit);
        try (PDDocument document = PdfUploads.load(pdf);
                SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(unit.nameVi());
            signature.setReason(reason);
            signature.setLocation(location);
            signature.setSignDate(now());
            options.setPreferredSignatureSize(SIGNATURE_SPACE);
            document.addSignature(signature, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SPACE);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(PadesSignature.cms(external.getContent(), identity));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not sign the document", e);
        }
    }

    private Calendar now() {
        GregorianCalendar calendar = new GregorianCalendar(HANOI);
        calendar.setTimeInMillis(clock.millis());
        return calendar;
    }
}
