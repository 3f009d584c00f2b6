/// What of the site's look every page carries besides `trustsite.yml` and the templates: the
/// favicons linked from the head (which come and go with files in `static/`) and the logo's size
/// (read from its file under `content/`). Part of the site's shape, so a change renders every page.
enum SiteLook {
    static func shape(_ content: SiteContent) -> String {
        let icons = Favicons.icons(in: content.files).map(\.url).joined(separator: " ")
        let logo = content.config.logo?.size.map { "\($0.width)x\($0.height)" } ?? "-"
        return "look: \(icons) logo \(logo)"
    }
}
