/// The picture social media and chat apps show beside a link to the site (`sharing_image:` in
/// `trustsite.yml`): a site path and its alternative text, written into every page's Open Graph
/// and Twitter card tags.
public struct SharingImage: Sendable {
    /// A site path, `/images/share.png`.
    public var path: String
    /// What the picture shows, for people who cannot see it.
    public var alt: String
    /// Where `sharing_image:` is written.
    public var location: SourceLocation
}
