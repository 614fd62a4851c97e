package org.opencity.dossier.web;

import java.util.UUID;
import org.opencity.dossier.DossierFiles;
import org.opencity.dossier.OneStopForm;
import org.opencity.identity.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads for people signed in to the pages (the {@code /api/v1} equivalents want a bearer token): attached
 * files, the one-stop papers and the signed result. The service decides who may have which; the paths only say
 * from which side of the counter the link was followed.
 */
@Controller
class DossierFilePageController {

    private final DossierFiles files;

    DossierFilePageController(DossierFiles files) {
        this.files = files;
    }

    @GetMapping({"/dossiers/{code}/documents/{id}", "/officer/dossiers/{code}/documents/{id}"})
    ResponseEntity<byte[]> document(Actor person, @PathVariable String code, @PathVariable UUID id) {
        return DossierFileResponses.of(files.document(person, code, id), false);
    }

    @GetMapping({"/dossiers/{code}/result.pdf", "/officer/dossiers/{code}/result.pdf"})
    ResponseEntity<byte[]> result(Actor person, @PathVariable String code) {
        return DossierFileResponses.of(files.result(person, code), false);
    }

    @GetMapping({"/dossiers/{code}/forms/{form}.pdf", "/officer/dossiers/{code}/forms/{form}.pdf"})
    ResponseEntity<byte[]> form(Actor person, @PathVariable String code, @PathVariable OneStopForm form) {
        return DossierFileResponses.of(files.form(person, code, form), true);
    }
}
