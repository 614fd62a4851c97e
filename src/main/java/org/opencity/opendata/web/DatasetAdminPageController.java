package org.opencity.opendata.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.opencity.identity.Actor;
import org.opencity.opendata.DataResource;
import org.opencity.opendata.DatasetConflict;
import org.opencity.opendata.DatasetNotFound;
import org.opencity.opendata.DatasetRegistry;
import org.opencity.opendata.Frequencies;
import org.opencity.opendata.InvalidDataset;
import org.opencity.opendata.Licences;
import org.opencity.opendata.RegisteredDataset;
import org.opencity.opendata.ResourceLink;
import org.opencity.opendata.ResourceRefused;
import org.opencity.opendata.ResourceUpload;
import org.opencity.opendata.Themes;
import org.opencity.platform.FormErrors;
import org.opencity.platform.ProblemWriter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' pages for the datasets they register: the list, a new dataset, one dataset's description with
 * its files (upload, link, remove) and its withdrawal. Removing and withdrawing ask first, on a page of their own, so
 * they work without JavaScript. ({@code /admin/**} is for administrators: identity's security rules; the service
 * checks again.)
 */
@Controller
class DatasetAdminPageController {

    private final DatasetRegistry registry;
    private final ProblemWriter problems;

    DatasetAdminPageController(DatasetRegistry registry, ProblemWriter problems) {
        this.registry = registry;
        this.problems = problems;
    }

    @GetMapping("/admin/data")
    String list(Actor administrator, Model model) {
        model.addAttribute("datasets", registry.list(administrator));
        return "opendata/admin-datasets";
    }

    @GetMapping("/admin/data/new")
    String create(Actor administrator, Model model) {
        return form(model, DatasetForm.blank(), FormErrors.none(), null);
    }

    @PostMapping("/admin/data")
    String register(
            Actor administrator,
            @ModelAttribute("form") DatasetForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        try {
            RegisteredDataset registered = registry.register(administrator, form.draft());
            String name = registered.dataset().name();
            redirect.addFlashAttribute(
                    "done", problems.message("od.admin.done.registered", new Object[] {name}, locale));
            return "redirect:/admin/data/" + name;
        } catch (InvalidDataset invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, errors(invalid, locale), null);
        } catch (DatasetConflict taken) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, form, FormErrors.none().add("name", problems.message(taken, locale)), null);
        }
    }

    @GetMapping("/admin/data/{name}")
    String edit(Actor administrator, @PathVariable String name, Model model) {
        RegisteredDataset dataset = registry.get(administrator, name);
        FormErrors errors = FormErrors.none();
        if (model.getAttribute(UploadLimitFilter.REFUSAL) instanceof String refusal) {
            errors.add("file", refusal);
        }
        return form(model, DatasetForm.of(dataset.dataset()), errors, dataset);
    }

    @PostMapping("/admin/data/{name}")
    String update(
            Actor administrator,
            @PathVariable String name,
            @ModelAttribute("form") DatasetForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        try {
            registry.update(administrator, name, form.draft());
            redirect.addFlashAttribute("done", problems.message("od.admin.done.saved", null, locale));
            return "redirect:/admin/data/" + name;
        } catch (InvalidDataset invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            form.setName(name);
            return form(model, form, errors(invalid, locale), registry.get(administrator, name));
        }
    }

    @PostMapping("/admin/data/{name}/files")
    String upload(
            Actor administrator,
            @PathVariable String name,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String description,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        try {
            if (file == null || file.isEmpty()) {
                throw ResourceRefused.invalid("problem.opendata.file-empty");
            }
            DataResource added = registry.addFile(
                    administrator,
                    name,
                    new ResourceUpload(file.getOriginalFilename(), DatasetApiController.bytes(file), description));
            redirect.addFlashAttribute(
                    "done", problems.message("od.admin.done.added", new Object[] {added.name()}, locale));
            return "redirect:/admin/data/" + name;
        } catch (ResourceRefused refused) {
            response.setStatus(refused.status().value());
            return refused(administrator, name, model, "file", problems.message(refused, locale));
        }
    }

    @PostMapping("/admin/data/{name}/links")
    String link(
            Actor administrator,
            @PathVariable String name,
            @RequestParam(defaultValue = "") String url,
            @RequestParam(defaultValue = "") String linkName,
            @RequestParam(defaultValue = "") String linkDescription,
            @RequestParam(defaultValue = "") String format,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        try {
            DataResource added =
                    registry.addLink(administrator, name, new ResourceLink(url, linkName, linkDescription, format));
            redirect.addFlashAttribute(
                    "done", problems.message("od.admin.done.added", new Object[] {added.name()}, locale));
            return "redirect:/admin/data/" + name;
        } catch (ResourceRefused refused) {
            response.setStatus(refused.status().value());
            return refused(administrator, name, model, "url", problems.message(refused, locale));
        }
    }

    @GetMapping("/admin/data/{name}/resources/{id}/remove")
    String confirmRemoval(Actor administrator, @PathVariable String name, @PathVariable String id, Model model) {
        RegisteredDataset dataset = registry.get(administrator, name);
        DataResource resource = dataset.dataset().resources().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(DatasetNotFound::new);
        model.addAttribute("dataset", dataset.dataset());
        model.addAttribute("resource", resource);
        return "opendata/admin-confirm";
    }

    @PostMapping("/admin/data/{name}/resources/{id}/remove")
    String remove(
            Actor administrator,
            @PathVariable String name,
            @PathVariable String id,
            RedirectAttributes redirect,
            Locale locale) {
        registry.removeResource(administrator, name, id);
        redirect.addFlashAttribute("done", problems.message("od.admin.done.removed", null, locale));
        return "redirect:/admin/data/" + name;
    }

    @GetMapping("/admin/data/{name}/withdraw")
    String confirmWithdrawal(Actor administrator, @PathVariable String name, Model model) {
        model.addAttribute("dataset", registry.get(administrator, name).dataset());
        return "opendata/admin-confirm";
    }

    @PostMapping("/admin/data/{name}/withdraw")
    String withdraw(Actor administrator, @PathVariable String name, RedirectAttributes redirect, Locale locale) {
        registry.withdraw(administrator, name);
        redirect.addFlashAttribute("done", problems.message("od.admin.done.withdrawn", new Object[] {name}, locale));
        return "redirect:/admin/data";
    }

    private String refused(Actor administrator, String name, Model model, String field, String message) {
        RegisteredDataset dataset = registry.get(administrator, name);
        return form(model, DatasetForm.of(dataset.dataset()), FormErrors.none().add(field, message), dataset);
    }

    private FormErrors errors(InvalidDataset invalid, Locale locale) {
        FormErrors errors = FormErrors.none();
        invalid.violations()
                .forEach(v -> errors.add(v.field(), problems.message(v.messageKey(), v.arguments(), locale)));
        return errors;
    }

    /** The description form; with a dataset (null for a new one), its files and what may be done with them. */
    private String form(Model model, DatasetForm form, FormErrors errors, RegisteredDataset dataset) {
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("registered", dataset);
        model.addAttribute("organisations", registry.organisations());
        model.addAttribute("licences", Licences.ALL);
        model.addAttribute("themes", Themes.CODES);
        model.addAttribute("frequencies", Frequencies.CODES);
        model.addAttribute("maxMegabytes", registry.maxUploadMegabytes());
        return "opendata/admin-dataset";
    }
}
