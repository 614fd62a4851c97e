package org.opencity.geography.web;

import org.opencity.geography.AdministrativeUnits;
import org.opencity.geography.WardNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Lets any page show a ward's name where it holds only the code: {@code ${wardNames.of(code)}}.
 */
@ControllerAdvice(annotations = Controller.class)
class WardNamesAdvice {

    private final WardNames names;

    WardNamesAdvice(AdministrativeUnits geography) {
        this.names = new WardNames(geography);
    }

    @ModelAttribute("wardNames")
    WardNames wardNames() {
        return names;
    }

    /** Ward names by code, from the geography module's cache; an unknown code is shown as it is. */
    public static final class WardNames {

        private final AdministrativeUnits geography;

        WardNames(AdministrativeUnits geography) {
            this.geography = geography;
        }

        public String of(String code) {
            if (code == null) {
                return "";
            }
            try {
                return geography.ward(code).name();
            } catch (WardNotFound unknown) {
                return code;
            }
        }
    }
}
