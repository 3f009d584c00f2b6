import Mustache
import TrustsiteMarkdown

/// Renders one page: its kind's template, then the layout around it.
struct PageRenderer: Sendable {
    let content: SiteContent
    let theme: Theme
    /// Navigation entries: title and address.
    let navigation: [(title: String, url: String)]
    let footerLinks: [(title: String, url: String)]
    /// Set in a draft build: the open errors every page lists in its "not for publication" banner.
    var draftErrors: [Diagnostic]? {
        didSet { draftContext = draftErrors.map { SharedFields(values: Self.draftContext($0)) } }
    }
    /// Marks each page's first use of a glossary abbreviation.
    let abbreviations: AbbreviationMarkup
    /// Completes links to published documents; made once, not once a page.
    private let attachmentLinks: AttachmentLinks
    /// Rewrites processed images; made once, not once a page.
    private let pictureMarkup: PictureMarkup
    /// The `site` fields that are the same on every page (all but `nav`), built once: building
    /// them looks through every published file for favicons, which cost as much as a page's layout.
    private let siteFields: SharedFields
    /// The `assets` fields, the same on every page.
    private let assetFields: SharedFields
    /// The draft banner's fields, the same on every page of a draft build.
    private var draftContext: SharedFields?
    /// The open errors a draft banner lists at most (it gives the full count, and `trustsite check`
    /// lists them all): every page carries the banner, so a page with 20,000 broken links would
    /// otherwise put 20,000 lines on each of the site's pages.
    static let draftErrorsListed = 100

    init(content: SiteContent, theme: Theme) {
        self.content = content
        self.theme = theme
        var navigation: [(String, String)] = [("Home", SiteRoutes.home)]
        if content.plan != nil {
            navigation += [("The plan", SiteRoutes.plan), ("Outcomes", SiteRoutes.outcomes)]
        }
        if !content.reviews.isEmpty { navigation.append(("Annual reports", SiteRoutes.reviews)) }
        if content.board != nil { navigation.append(("The Board", SiteRoutes.board)) }
        if content.offer != nil { navigation.append(("Help for families", SiteRoutes.offer)) }
        self.navigation = navigation
        // Footer links only to pages the site has, so a new site never links to a missing page.
        let pageURLs = Set(content.pages.map(\.url))
        var footer: [(String, String)] = []
        if content.config.accessibility != nil { footer.append(("Accessibility", SiteRoutes.accessibility)) }
        if pageURLs.contains(SiteRoutes.contactPage) { footer.append(("Contact", SiteRoutes.contactPage)) }
        footer.append(("Have your say", content.config.contact.haveYourSay ?? SiteRoutes.contact(content)))
        if pageURLs.contains("/privacy/") { footer.append(("Privacy", "/privacy/")) }
        if pageURLs.contains("/about/") { footer.append(("About", "/about/")) }
        if content.glossary != nil { footer.append(("Glossary", SiteRoutes.glossary)) }
        footer.append(("About this information", SiteRoutes.aboutThisInformation))
        footer.append(("Open data", SiteRoutes.openData))
        if !content.pastPlans.isEmpty || content.reviews.count > 1 {
            footer.append(("Past editions", SiteRoutes.archive))
        }
        footer.append(("Atom feed", SiteRoutes.feed))
        self.footerLinks = footer
        abbreviations = AbbreviationMarkup(content.glossary)
        attachmentLinks = AttachmentLinks(content: content)
        pictureMarkup = PictureMarkup(content)
        var assets: [String: Any] = theme.assets.fields
        assets["stylesheet"] = theme.assets.stylesheet
        assetFields = SharedFields(values: assets)
        siteFields = SharedFields(values: Self.siteFields(content: content, footerLinks: footer))
    }

    func render(_ model: PageModel) -> String {
        var context = model.data
        context["site"] = siteContext(currentURL: model.url)
        context["page"] = pageContext(model)
        context["assets"] = assetFields.values
        if let draftContext { context["draft"] = draftContext.values }
        let rendered = theme.library.render(context, withTemplate: model.kind) ?? ""
        // The glossary page itself lists every term in full, so it needs no marks.
        var body = model.kind == "page" && model.url == SiteRoutes.glossary ? rendered : abbreviations.mark(rendered)
        body = attachmentLinks.mark(body, pageURL: model.url)
        // Most pages have no image: a byte search says so faster than `PictureMarkup`'s own check.
        if HTMLBytes.contains("<img", in: body) { body = pictureMarkup.mark(body, pageURL: model.url) }
        context["content"] = body
        return theme.library.render(context, withTemplate: "layout") ?? body
    }

    private func pageContext(_ model: PageModel) -> [String: Any] {
        let config = content.config
        let headTitle =
            model.kind == "home" && model.title == config.name ? config.name : "\(model.title) – \(config.name)"
        var page = Dict([
            "title": model.title, "head_title": headTitle, "description": model.description ?? config.description,
            "canonical_url": config.baseURLWithoutSlash + model.url, "url": model.url, "kind": model.kind,
            "breadcrumbs": model.breadcrumbs.map { ["title": $0.title, "url": $0.url] },
            "has_breadcrumbs": !model.breadcrumbs.isEmpty,
            "contents": model.outline.map(outlineContext), "has_contents": !model.outline.isEmpty,
        ])
        if let updated = model.updated { page.merge(updated.fields("updated")) }
        return page.values
    }

    private func outlineContext(_ entry: OutlineEntry) -> [String: Any] {
        ["id": entry.id, "text": entry.text, "children": entry.children.map(outlineContext)]
    }

    /// The `site` fields for a page at `currentURL`: the shared fields and the navigation, with the
    /// page's own section marked current.
    private func siteContext(currentURL: String) -> [String: Any] {
        let nav = navigation.map { item -> [String: Any] in
            let current = item.url == SiteRoutes.home ? currentURL == item.url : currentURL.hasPrefix(item.url)
            return ["title": item.title, "url": item.url, "current": current]
        }
        var site = siteFields.values
        site["nav"] = nav
        return site
    }

    /// The `site` fields every page shares.
    private static func siteFields(content: SiteContent, footerLinks: [(title: String, url: String)]) -> [String: Any] {
        let config = content.config
        let contact = Dict([
            "email": config.contact.email, "phone": config.contact.phone,
            "phone_tel": PhoneNumber.tel(config.contact.phone),
            "address_lines": config.contact.address,
            "have_your_say_url": config.contact.haveYourSay ?? SiteRoutes.contact(content),
            "has_email": config.contact.email != nil, "has_phone": config.contact.phone != nil,
            "has_address": !config.contact.address.isEmpty,
        ])
        return Dict([
            "name": config.name, "local_authority": config.localAuthority, "area": config.area,
            "language": config.language,
            "base_url": config.baseURL, "fictional": config.fictional, "contact": contact.values,
            "contact_url": SiteRoutes.contact(content), "contact_id": SiteRoutes.footerContactID,
            "footer_links": footerLinks.map { ["title": $0.title, "url": $0.url] },
            // Open Graph writes a locale with an underscore: en_GB.
            "og_locale": config.language.replacingOccurrences(of: "-", with: "_"),
            "sharing_image": config.sharingImage.map {
                ["url": config.baseURLWithoutSlash + $0.path, "alt": $0.alt]
            },
            "logo": config.logo.map(logoContext),
            "favicons": Favicons.icons(in: content.files).map {
                Dict(["url": $0.url, "type": $0.type, "sizes": $0.sizes]).values
            },
            "colours": [
                "brand": config.colours.brand, "brand_text": ColourContrast.textColour(on: config.colours.brand),
                "accent": config.colours.accent,
            ],
        ]).values
    }

    /// The draft banner's fields: the open errors, at most `draftErrorsListed` of them.
    private static func draftContext(_ draftErrors: [Diagnostic]) -> [String: Any] {
        let listed = draftErrors.prefix(Self.draftErrorsListed)
        return [
            "error_count": draftErrors.count,
            "errors": listed.map {
                ["rule": $0.ruleID ?? "", "location": $0.location.description, "message": $0.message]
            },
            "has_errors": !draftErrors.isEmpty,
            "more_error_count": draftErrors.count - listed.count,
            "has_more_errors": draftErrors.count > listed.count,
        ]
    }

    /// The header's logo. Its `alt` is not written there: see layout.mustache.
    private static func logoContext(_ logo: SiteLogo) -> [String: Any] {
        // A nested key no outer context has, so a logo without a size never picks one up from there.
        Dict([
            "url": logo.path, "alt": logo.alt,
            "logo_size": logo.size.map { ["width": $0.width, "height": $0.height] },
        ]).values
    }
}
