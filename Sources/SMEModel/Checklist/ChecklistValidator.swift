/// Checks a decoded checklist template for what the types alone cannot say: unique keys, sensible
/// weights, fail conditions on the right item types. Rules are listed in `docs/sop-format.md`.
public enum ChecklistValidator {
    /// Keys match `^[a-z0-9][a-z0-9-]{0,47}$`: safe in file names, paths and shell commands.
    public static func isValidKey(_ key: String) -> Bool {
        let bytes = Array(key.utf8)
        guard let first = bytes.first, bytes.count <= 48, isKeyByte(first), first != UInt8(ascii: "-") else {
            return false
        }
        return bytes.allSatisfy(isKeyByte)
    }

    /// Every problem found, errors and warnings, in file order.
    public static func validate(_ checklist: Checklist) -> [ValidationIssue] {
        if checklist.formatVersion > Checklist.currentFormatVersion {
            // Nothing else is meaningful in a format this build does not know.
            return [newerFormatIssue(checklist.formatVersion)]
        }
        var issues: [ValidationIssue] = []
        if checklist.formatVersion < 1 {
            issues.append(
                ValidationIssue(
                    path: "formatVersion",
                    message: Localized(
                        id: "versi format harus paling sedikit 1", en: "format version must be at least 1")))
        }
        checkKey(checklist.key, at: "key", into: &issues)
        checkKey(checklist.sector, at: "sector", into: &issues)
        if checklist.revision < 1 {
            issues.append(
                ValidationIssue(
                    path: "revision",
                    message: Localized(
                        id: "revisi harus paling sedikit 1, ditemukan \(checklist.revision)",
                        en: "revision must be at least 1, found \(checklist.revision)")))
        }
        checkDate(checklist.effectiveFrom, at: "effectiveFrom", into: &issues)
        checkText(checklist.title, at: "title", into: &issues)
        checkText(checklist.titleEn, at: "titleEn", into: &issues)
        if !(checklist.passPercent.isFinite && (0...100).contains(checklist.passPercent)) {
            let found = ValidationIssue.number(checklist.passPercent)
            issues.append(
                ValidationIssue(
                    path: "passPercent",
                    message: Localized(
                        id: "batas lulus harus antara 0 dan 100, ditemukan \(found.id)",
                        en: "passPercent must be within 0–100, found \(found.en)")))
        }
        checkKey(checklist.keyPrefix, at: "keyPrefix", into: &issues)
        for (index, key) in (checklist.retiredKeys ?? []).enumerated() {
            checkKey(key, at: "retiredKeys[\(index)]", into: &issues)
        }
        checkSections(checklist, into: &issues)
        return issues
    }

    // MARK: - Sections and items

    private static func checkSections(_ checklist: Checklist, into issues: inout [ValidationIssue]) {
        let retired = Set(checklist.retiredKeys ?? [])
        var seen: Set<String> = []
        func checkUnique(_ key: String, at path: String) {
            if !seen.insert(key).inserted {
                issues.append(
                    ValidationIssue(
                        path: path,
                        message: Localized(id: "kunci \"\(key)\" ganda", en: "duplicate key \"\(key)\"")))
            }
        }
        if checklist.items.isEmpty {
            issues.append(
                ValidationIssue(
                    .warning, path: "sections",
                    message: Localized(id: "daftar periksa belum berisi butir", en: "the checklist has no items")))
        }
        for (sectionIndex, section) in checklist.sections.enumerated() {
            let sectionPath = ValidationIssue.section(sectionIndex)
            checkKey(section.key, at: sectionPath + ".key", into: &issues)
            checkUnique(section.key, at: sectionPath + ".key")
            checkText(section.title, at: sectionPath + ".title", into: &issues)
            checkText(section.titleEn, at: sectionPath + ".titleEn", into: &issues)
            if section.items.isEmpty {
                issues.append(
                    ValidationIssue(
                        .warning, path: sectionPath + ".items",
                        message: Localized(id: "bagian ini belum berisi butir", en: "this section has no items")))
            }
            for (itemIndex, item) in section.items.enumerated() {
                let itemPath = ValidationIssue.item(sectionIndex, itemIndex)
                checkKey(item.key, at: itemPath + ".key", into: &issues)
                checkUnique(item.key, at: itemPath + ".key")
                if retired.contains(item.key) {
                    issues.append(
                        ValidationIssue(
                            path: itemPath + ".key",
                            message: Localized(
                                id: "kunci \"\(item.key)\" sudah dipensiunkan (retiredKeys) dan tidak boleh dipakai lagi",
                                en: "key \"\(item.key)\" is retired (retiredKeys) and must not be used again")))
                }
                checkItem(item, at: itemPath, into: &issues)
            }
        }
    }

    private static func checkItem(_ item: ChecklistItem, at path: String, into issues: inout [ValidationIssue]) {
        checkText(item.text, at: path + ".text", into: &issues)
        checkText(item.textEn, at: path + ".textEn", into: &issues)
        if !(item.weight.isFinite && item.weight >= 0) {
            issues.append(
                ValidationIssue(
                    path: path + ".weight",
                    message: Localized(
                        id: "bobot harus ≥ 0, ditemukan \(ValidationIssue.number(item.weight).id)",
                        en: "weight must be ≥ 0, found \(ValidationIssue.number(item.weight).en)")))
        } else if item.type == .text, item.weight != 0 {
            issues.append(
                ValidationIssue(
                    path: path + ".weight",
                    message: Localized(
                        id: "butir teks tidak dinilai, bobotnya harus 0", en: "text items are not scored; weight must be 0"
                    )))
        }
        if item.type == .number {
            if item.failIf == nil || (item.failIf?.gt == nil && item.failIf?.lt == nil) {
                issues.append(
                    ValidationIssue(
                        path: path + ".failIf",
                        message: Localized(
                            id: "butir angka memerlukan failIf dengan gt atau lt",
                            en: "number items need failIf with gt or lt")))
            } else if let gt = item.failIf?.gt, let lt = item.failIf?.lt, lt > gt {
                let (low, high) = (ValidationIssue.number(lt), ValidationIssue.number(gt))
                issues.append(
                    ValidationIssue(
                        .warning, path: path + ".failIf",
                        message: Localized(
                            id: "lt \(low.id) lebih besar dari gt \(high.id): setiap nilai gagal",
                            en: "lt \(low.en) is greater than gt \(high.en): every value fails")))
            }
        } else {
            if item.failIf != nil {
                issues.append(
                    ValidationIssue(
                        path: path + ".failIf",
                        message: Localized(
                            id: "failIf hanya untuk butir angka", en: "failIf is only allowed on number items")))
            }
            if item.unit != nil {
                issues.append(
                    ValidationIssue(
                        path: path + ".unit",
                        message: Localized(
                            id: "satuan hanya untuk butir angka", en: "unit is only allowed on number items")))
            }
        }
        if item.critical, !item.required {
            issues.append(
                ValidationIssue(
                    .warning, path: path + ".required",
                    message: Localized(
                        id: "butir kritis selalu wajib; setel required ke true",
                        en: "critical items are always required; set required to true")))
        }
        if let onFail = item.onFail {
            checkText(onFail.action, at: path + ".onFail.action", into: &issues)
            checkText(onFail.actionEn, at: path + ".onFail.actionEn", into: &issues)
            if onFail.dueDays < 0 {
                issues.append(
                    ValidationIssue(
                        path: path + ".onFail.dueDays",
                        message: Localized(
                            id: "tenggat harus ≥ 0 hari, ditemukan \(onFail.dueDays)",
                            en: "dueDays must be ≥ 0, found \(onFail.dueDays)")))
            }
        }
    }

    // MARK: - Shared checks

    static func newerFormatIssue(_ version: Int) -> ValidationIssue {
        ValidationIssue(
            path: "formatVersion",
            message: Localized(
                id: "berkas ini memerlukan smedash yang lebih baru (format \(version))",
                en: "this file needs a newer smedash (format \(version))"))
    }

    static func checkKey(_ key: String, at path: String, into issues: inout [ValidationIssue]) {
        guard !isValidKey(key) else { return }
        issues.append(
            ValidationIssue(
                path: path,
                message: Localized(
                    id: "kunci \"\(key)\" tidak sah: huruf kecil a–z, angka dan '-', paling banyak 48, tidak diawali '-'",
                    en: "key \"\(key)\" is not valid: lower-case a–z, digits and '-', at most 48, not starting with '-'")))
    }

    static func checkText(_ text: String, at path: String, into issues: inout [ValidationIssue]) {
        // Escape sequences or bidi overrides in a text are at best a paste accident; screens and
        // the CLI show them escaped, reports would print them.
        if TerminalEscaping.containsControls(text) {
            issues.append(ValidationIssue(.warning, path: path, message: Localized(
                id: "teks memuat karakter kendali atau arah teks tersembunyi: \"\(TerminalEscaping.visible(text))\"",
                en: "the text holds control or hidden direction characters: \"\(TerminalEscaping.visible(text))\"")))
        }
        guard text.allSatisfy(\.isWhitespace) else { return }
        issues.append(
            ValidationIssue(
                path: path, message: Localized(id: "teks tidak boleh kosong", en: "text must not be empty")))
    }

    static func checkDate(_ date: String, at path: String, into issues: inout [ValidationIssue]) {
        guard ISODate(date) == nil else { return }
        issues.append(
            ValidationIssue(
                path: path,
                message: Localized(
                    id: "\"\(date)\" bukan tanggal TTTT-BB-HH yang sah",
                    en: "\"\(date)\" is not a valid YYYY-MM-DD date")))
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
    }
}
