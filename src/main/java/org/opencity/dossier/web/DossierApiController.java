package org.opencity.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.opencity.dossier.DossierDocument;
import org.opencity.dossier.DossierFiles;
import org.opencity.dossier.DossierLookup;
import org.opencity.dossier.DossierManagement;
import org.opencity.dossier.DossierStatusView;
import org.opencity.dossier.DossierSummary;
import org.opencity.dossier.DossierView;
import org.opencity.dossier.NewDossier;
import org.opencity.dossier.OneStopForm;
import org.opencity.dossier.Rating;
import org.opencity.dossier.UploadedDocument;
import org.opencity.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A resident's dossiers: start (a draft), fill in, attach documents, pay, submit, follow, withdraw, download the
 * signed result and rate it. The status look-up by receipt code is public.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Dossiers", description = "Online applications for administrative procedures (one-stop process)")
class DossierApiController {

    private final DossierManagement dossiers;
    private final DossierFiles files;
    private final DossierLookup lookup;

    DossierApiController(DossierManagement dossiers, DossierFiles files, DossierLookup lookup) {
        this.dossiers = dossiers;
        this.files = files;
        this.lookup = lookup;
    }

    @PostMapping("/dossiers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a dossier (a draft) for a procedure; the same submissionKey returns the same draft")
    DossierView start(Actor resident, @RequestBody @Valid Start request, Locale locale) {
        return dossiers.start(
                new NewDossier(
                        resident.id(),
                        request.procedureCode(),
                        request.wardCode(),
                        request.form(),
                        request.submissionKey()),
                locale);
    }

    @GetMapping("/dossiers")
    @Operation(summary = "My dossiers, newest first")
    List<DossierSummary> mine(Actor resident) {
        return dossiers.mine(resident.id());
    }

    @GetMapping("/dossiers/{code}")
    @Operation(summary = "One of my dossiers with its documents and history")
    DossierView one(Actor resident, @PathVariable String code, Locale locale) {
        return dossiers.view(resident.id(), code, locale);
    }

    @PutMapping("/dossiers/{code}/form")
    @Operation(summary = "Change the form values of a draft or of a dossier sent back for supplement")
    DossierView form(Actor resident, @PathVariable String code, @RequestBody Map<String, String> form, Locale locale) {
        return dossiers.updateForm(resident.id(), code, form, locale);
    }

    @PostMapping(path = "/dossiers/{code}/documents", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a PDF, JPEG or PNG (checked by content); requirement = the procedure document's index")
    DossierDocument attach(
            Actor resident,
            @PathVariable String code,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) Integer requirement)
            throws IOException {
        return files.attach(
                resident.id(), code, new UploadedDocument(requirement, file.getOriginalFilename(), file.getBytes()));
    }

    @DeleteMapping("/dossiers/{code}/documents/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void detach(Actor resident, @PathVariable String code, @PathVariable UUID id) {
        files.detach(resident.id(), code, id);
    }

    @GetMapping("/dossiers/{code}/documents/{id}")
    @Operation(summary = "Download an attached file (applicant or handling officers)")
    ResponseEntity<byte[]> document(Actor person, @PathVariable String code, @PathVariable UUID id) {
        return DossierFileResponses.of(files.document(person, code, id), false);
    }

    @PostMapping("/dossiers/{code}/payment")
    @Operation(summary = "Pay the fee online (demo provider) or claim an exemption for the desk to check")
    DossierView pay(Actor resident, @PathVariable String code, @RequestBody Payment request, Locale locale) {
        return dossiers.settleFee(resident.id(), code, request.exemption(), locale);
    }

    @PostMapping("/dossiers/{code}/submit")
    @Operation(summary = "Send the dossier: every required field and document present, fee settled")
    DossierView submit(Actor resident, @PathVariable String code, Locale locale) {
        return dossiers.submit(resident.id(), code, locale);
    }

    @PostMapping("/dossiers/{code}/resubmit")
    @Operation(summary = "Send a dossier back after completing what the desk asked for; the deadline clock resumes")
    DossierView resubmit(Actor resident, @PathVariable String code, Locale locale) {
        return dossiers.resubmit(resident.id(), code, locale);
    }

    @PostMapping("/dossiers/{code}/withdraw")
    @Operation(summary = "Withdraw a dossier before processing starts")
    DossierView withdraw(
            Actor resident, @PathVariable String code, @RequestBody(required = false) Reason reason, Locale locale) {
        return dossiers.withdraw(resident.id(), code, reason == null ? null : reason.reason(), locale);
    }

    @PostMapping("/dossiers/{code}/rating")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Rate the service once, on the national portal's five criteria (1–5 each)")
    void rate(Actor resident, @PathVariable String code, @RequestBody Rating rating) {
        dossiers.rate(resident.id(), code, rating);
    }

    @GetMapping("/dossiers/{code}/result.pdf")
    @Operation(summary = "The digitally signed result (PAdES); verify it with any PDF reader or pdfsig")
    ResponseEntity<byte[]> result(Actor person, @PathVariable String code) {
        return DossierFileResponses.of(files.result(person, code), false);
    }

    @GetMapping("/dossiers/{code}/forms/{form}.pdf")
    @Operation(
            summary = "A one-stop paper: RECEIPT, SUPPLEMENT, NOT_ACCEPTED, APOLOGY (and CONTROL_SHEET for officers)")
    ResponseEntity<byte[]> form(Actor person, @PathVariable String code, @PathVariable OneStopForm form) {
        return DossierFileResponses.of(files.form(person, code, form), true);
    }

    @GetMapping("/dossier-status")
    @Operation(
            summary = "Public status by receipt code and the last 4 digits of the applicant's phone; no personal data")
    DossierStatusView status(@RequestParam String code, @RequestParam String phone) {
        return lookup.status(code, phone);
    }

    record Start(
            @NotBlank @Size(max = 20) String procedureCode,
            @Size(max = 10) String wardCode,
            Map<String, String> form,
            @Size(max = 100) String submissionKey) {}

    record Payment(boolean exemption) {}

    record Reason(@Size(max = 2000) String reason) {}
}
