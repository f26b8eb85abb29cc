package org.symbiose.companies;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.symbiose.accounts.AccessPolicy;
import org.symbiose.accounts.Role;
import org.symbiose.accounts.SymbioseUser;
import org.symbiose.ids.CompanyId;
import org.symbiose.initiatives.Initiative;
import org.symbiose.initiatives.InitiativeRepository;

/**
 * Company directory for facilitators (archived companies only when asked for), and a company's file
 * with its history, for them and for the company's own members.
 */
@Controller
class CompanyController {

    private final InitiativeRepository initiatives;
    private final CompanyService companies;
    private final AccessPolicy access;
    private final CompanyHistory history;
    private final CompanyRepository companyVersions;

    CompanyController(
            InitiativeRepository initiatives,
            CompanyService companies,
            AccessPolicy access,
            CompanyHistory history,
            CompanyRepository companyVersions) {
        this.companyVersions = companyVersions;
        this.initiatives = initiatives;
        this.companies = companies;
        this.access = access;
        this.history = history;
    }

    @GetMapping("/companies")
    String directory(
            @RequestParam(required = false) String initiative,
            @RequestParam(defaultValue = "false") boolean archived,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") String page,
            Model model) {
        SymbioseUser user = access.currentUser();
        if (user == null || user.role() != Role.FACILITATOR) {
            throw new AccessDeniedException("the directory is for facilitators");
        }
        List<Initiative> mine = initiatives.listAll().stream()
                .filter(i -> user.facilitates(i.id()))
                .toList();
        Initiative selected = initiative == null
                ? mine.stream().findFirst().orElseThrow(() -> new AccessDeniedException("no initiative"))
                : initiatives.getBySlug(initiative);
        model.addAttribute("initiatives", mine);
        model.addAttribute("initiative", selected);
        DirectoryPage shown = companies.directoryPage(selected.id(), archived, q, pageNumber(page));
        model.addAttribute("directory", shown);
        model.addAttribute("files", shown.files());
        model.addAttribute("archived", archived);
        return "companies/directory";
    }

    /** The page asked for; anything but a number shows the first one (a hand-edited link is no error). */
    private static int pageNumber(String page) {
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @GetMapping("/companies/{id}")
    String company(@PathVariable("id") long rawId, Model model) {
        CompanyId id = CompanyId.fromPath(rawId);
        CompanyFile file = companies.getFile(id);
        model.addAttribute("file", file);
        model.addAttribute("canManage", access.canManageCompanies(file.company().initiativeId()));
        model.addAttribute("history", history.of(file.company().id()));
        model.addAttribute("zone", CompanyEditing.ZONE);
        model.addAttribute("version", companyVersions.version(file.company().id()));
        return "companies/company";
    }

    @GetMapping("/my-company")
    String myCompany() {
        SymbioseUser user = access.currentUser();
        if (user == null || user.companyId() == null) {
            throw new AccessDeniedException("no company attached to this account");
        }
        return "redirect:/companies/" + user.companyId();
    }
}
