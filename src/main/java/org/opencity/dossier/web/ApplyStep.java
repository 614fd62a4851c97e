package org.opencity.dossier.web;

/**
 * The steps of applying, in the order the step indicator shows them: fill the form, attach the papers, settle the
 * fee, check everything and send. Each has its page under {@code /dossiers/{code}/apply/}.
 */
enum ApplyStep {
    FORM("form"),
    DOCUMENTS("documents"),
    FEE("fee"),
    CHECK("check");

    private final String page;

    ApplyStep(String page) {
        this.page = page;
    }

    /** The step's page as a redirect target; Spring fills in {code} from the request, encoded. */
    String redirect() {
        return "redirect:/dossiers/{code}/apply/" + page;
    }

    /** The step's page for a given dossier, for links. */
    String pathOf(String code) {
        return "/dossiers/" + code + "/apply/" + page;
    }
}
