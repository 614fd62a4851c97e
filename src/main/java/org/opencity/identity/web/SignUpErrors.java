package org.opencity.identity.web;

import java.util.List;
import java.util.Map;
import org.opencity.identity.AccountManagement;
import org.opencity.platform.FormErrors;
import org.opencity.platform.LocalizedProblem;
import org.springframework.validation.BindingResult;

/**
 * Puts what is wrong with a sign-up or profile form on the field it concerns, so the error summary can link to
 * it: the bean-validation errors of the form and the problems the account service finds.
 */
final class SignUpErrors {

    /** The fields in the order they appear on the page (the summary lists them in that order). */
    private static final List<String> FIELDS = List.of("displayName", "phone", "email", "password", "homeWardCode");

    /** Which field each of the account service's problems is about. */
    private static final Map<String, String> FIELD_OF_PROBLEM = Map.of(
            "problem.account.name-invalid", "displayName",
            "problem.account.phone-invalid", "phone",
            "problem.account.login-missing", "phone",
            "problem.account.login-taken", "phone",
            "problem.account.email-invalid", "email",
            "problem.account.password-weak", "password",
            "problem.ward.not-found", "homeWardCode");

    /** The message each field shows when bean validation refuses it. */
    private static final Map<String, String> MESSAGE_OF_FIELD = Map.of(
            "displayName", "problem.account.name-invalid",
            "phone", "problem.account.phone-invalid",
            "email", "problem.account.email-invalid",
            "password", "problem.account.password-weak",
            "homeWardCode", "problem.ward.not-found");

    private SignUpErrors() {}

    static FormErrors of(BindingResult binding, PageMessages messages) {
        FormErrors errors = FormErrors.none();
        for (String field : FIELDS) {
            if (binding.hasFieldErrors(field)) {
                String key = MESSAGE_OF_FIELD.get(field);
                errors.add(
                        field,
                        "problem.account.password-weak".equals(key)
                                ? messages.of(key, AccountManagement.MIN_PASSWORD, AccountManagement.MAX_PASSWORD)
                                : messages.of(key, binding.getFieldValue(field)));
            }
        }
        return errors;
    }

    static FormErrors of(LocalizedProblem problem, PageMessages messages) {
        return FormErrors.none()
                .add(FIELD_OF_PROBLEM.getOrDefault(problem.messageKey(), "displayName"), messages.of(problem));
    }
}
