package org.opencity.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.opencity.identity.Registration;

/**
 * A resident's sign-up, from the API or the sign-up page.
 */
record SignUpRequest(
        @NotBlank @Size(max = 120) String displayName,
        @Size(max = 20) String phone,
        @Size(max = 254) String email,
        @NotBlank @Size(min = 8, max = 128) String password,
        @Size(max = 5) String homeWardCode,
        @Size(max = 5) String locale) {

    Registration registration() {
        return new Registration(displayName, phone, email, password, homeWardCode, locale);
    }
}
