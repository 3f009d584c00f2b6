/// The logo of `trustsite.yml` as SITE-LINKS checks it: its path must be a file the site publishes,
/// in the same letter case, and the file counts as linked (every page's header shows it).
enum LogoLink {
    static func findings(_ site: RuleInput, files: SiteFiles, linkedFiles: inout Set<String>) -> [Finding] {
        guard let logo = site.config.logo else { return [] }
        let (path, _) = LinksRule.resolve(logo.path, from: "/")
        if let file = files.file(at: path) {
            linkedFiles.insert(file.url)
            return []
        }
        if let right = files.differentCase(of: path) {
            return [SiteFiles.caseFinding(logo.pathLocation, what: "the logo", destination: logo.path, right: right)]
        }
        return [
            Finding(
                logo.pathLocation, "the logo is \(logo.path), which is not a file of this site.",
                hint: "Put the logo under content/ (content/images/logo.svg is /images/logo.svg) or static/, "
                    + "and write its address in `logo.path`.")
        ]
    }
}
