package org.opencity.hotline.internal.call;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where in the call a provider's request lands: the call's start, and each answer the caller gives to a prompt. Every
 * step has the path segment the adapter puts in the URL it hands the provider, so a request says which prompt it
 * answers and a replayed or out-of-order request can be recognised.
 */
public enum CallStep {
    START,
    MENU,
    QUESTION,
    ANSWERED,
    DOSSIER_CODE,
    DOSSIER_PHONE,
    REPORT_PLACE,
    REPORT_RECORDED,
    WAIT,
    WAIT_CHOICE,
    CALLBACK_OFFER,
    AFTER_AGENT;

    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<CallStep> ofPath(String path) {
        return Arrays.stream(values()).filter(step -> step.path().equals(path)).findFirst();
    }
}
