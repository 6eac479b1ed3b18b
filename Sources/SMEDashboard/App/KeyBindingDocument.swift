import SMEModel

/// `docs/keybindings.md`, generated from the binding table so it cannot drift from the program.
public enum KeyBindingDocument {
    public static func markdown() -> String {
        var out = """
        # Key bindings

        Generated from the binding table (`Sources/SMEDashboard/App/KeyBinding+Table.swift`) by
        `swift run smedash keybindings > docs/keybindings.md`; a test fails when this file is stale.
        Every action is also in the command menu (`:` or F2) under its name.

        """
        let scopes: [(BindingScope, Localized)] = [(.global, Localized(id: "Semua layar", en: "Every screen"))]
            + Screen.allCases.map { (.screen($0), $0.title) }
            + DialogKind.allCases.map { (.dialog($0), $0.title) }
        for (scope, title) in scopes {
            let rows = KeyBinding.table.filter { $0.scope == scope }
            guard !rows.isEmpty else { continue }
            out += "\n## \(title.en) / \(title.id)\n\n"
            out += "| Keys | Command | What it does | Fungsinya |\n|---|---|---|---|\n"
            for binding in rows {
                let keys = binding.keys.map { "`\($0.displayName)`".replacingOccurrences(of: "|", with: "\\|") }.joined(separator: ", ")
                out += "| \(keys) | `\(binding.action.name)` | \(binding.action.help.en) | \(binding.action.help.id) |\n"
            }
        }
        return out
    }
}
