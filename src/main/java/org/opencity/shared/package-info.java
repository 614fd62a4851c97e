/**
 * Value types shared by every module (text folding, phone numbers); no beans, no state.
 */
@ApplicationModule(displayName = "Shared values", type = ApplicationModule.Type.OPEN)
package org.opencity.shared;

import org.springframework.modulith.ApplicationModule;
