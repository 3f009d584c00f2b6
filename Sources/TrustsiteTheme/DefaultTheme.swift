/// The default theme: the templates, stylesheets and scripts in the package's `templates/`
/// folder, compiled into the binary so `trustsite` needs no files beside it. A site overrides
/// any of them by placing a file with the same path in its own `templates/` folder.
public enum DefaultTheme {}
