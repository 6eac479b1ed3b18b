import Foundation

extension Checklist {
    /// The checklist after an edit, and the key of the item or section the edit created.
    public struct EditResult: Hashable, Sendable {
        public var checklist: Checklist
        /// Set by `addItem` and `addSection`, so the editor can select what was just added.
        public var addedKey: String?

        public init(checklist: Checklist, addedKey: String? = nil) {
            self.checklist = checklist
            self.addedKey = addedKey
        }
    }

    /// Only drafts can be edited; a published revision stays as assessments saw it.
    public var isEditable: Bool { status == .draft }

    /// A copy with the edit applied. Throws, leaving `self` as it was, when the edit does not fit.
    public func applying(_ edit: ChecklistEdit) throws(ChecklistEditError) -> Checklist {
        try applyingReturningKey(edit).checklist
    }

    /// Like `applying(_:)`, also returning the key of an added item or section.
    public func applyingReturningKey(_ edit: ChecklistEdit) throws(ChecklistEditError) -> EditResult {
        switch status {
        case .draft: break
        case .published: throw .publishedIsReadOnly(revision: revision)
        case .archived: throw .archivedIsReadOnly(revision: revision)
        }
        var copy = self
        switch edit {
        case .addItem(let placement, let text, let textEn, let source):
            let item = ChecklistItem(
                key: nextItemKey(), text: try Self.nonEmpty(text, field: "text"),
                textEn: try Self.nonEmpty(textEn, field: "textEn"), source: Self.trimmed(source))
            switch placement {
            case .after(let itemKey):
                let (section, index) = try itemPosition(itemKey)
                copy.sections[section].items.insert(item, at: index + 1)
            case .atEndOf(let sectionKey):
                copy.sections[try sectionIndex(sectionKey)].items.append(item)
            }
            return EditResult(checklist: copy, addedKey: item.key)

        case .editText(let itemKey, let text, let textEn):
            let (section, index) = try itemPosition(itemKey)
            if let text { copy.sections[section].items[index].text = try Self.nonEmpty(text, field: "text") }
            if let textEn {
                copy.sections[section].items[index].textEn = try Self.nonEmpty(textEn, field: "textEn")
            }

        case .deleteItem(let itemKey):
            let (section, index) = try itemPosition(itemKey)
            copy.sections[section].items.remove(at: index)
            copy.retiredKeys = Array(Set((retiredKeys ?? []) + [itemKey])).sorted()

        case .moveItem(let itemKey, let direction):
            let (section, index) = try itemPosition(itemKey)
            try copy.move(section: section, index: index, direction, itemKey: itemKey)

        case .setRequired(let itemKey, let required):
            let (section, index) = try itemPosition(itemKey)
            copy.sections[section].items[index].required = required
            if !required { copy.sections[section].items[index].critical = false }

        case .setCritical(let itemKey, let critical):
            let (section, index) = try itemPosition(itemKey)
            copy.sections[section].items[index].critical = critical
            if critical { copy.sections[section].items[index].required = true }

        case .setWeight(let itemKey, let weight):
            let (section, index) = try itemPosition(itemKey)
            let isText = sections[section].items[index].type == .text
            guard weight.isFinite, weight >= 0, !isText || weight == 0 else {
                throw .invalidWeight(itemKey: itemKey, weight)
            }
            copy.sections[section].items[index].weight = weight

        case .setSource(let itemKey, let source):
            let (section, index) = try itemPosition(itemKey)
            copy.sections[section].items[index].source = Self.trimmed(source)

        case .setType(let itemKey, let type, let failIf, let unit):
            let (section, index) = try itemPosition(itemKey)
            copy.sections[section].items[index] = try Self.retyped(
                sections[section].items[index], as: type, failIf: failIf, unit: unit)

        case .setOnFail(let itemKey, let action):
            let (section, index) = try itemPosition(itemKey)
            if let action {
                guard action.dueDays >= 0 else { throw .invalidDueDays(itemKey: itemKey, action.dueDays) }
                copy.sections[section].items[index].onFail = FailAction(
                    action: try Self.nonEmpty(action.action, field: "onFail.action"),
                    actionEn: try Self.nonEmpty(action.actionEn, field: "onFail.actionEn"),
                    dueDays: action.dueDays)
            } else {
                copy.sections[section].items[index].onFail = nil
            }

        case .addSection(let key, let title, let titleEn, let afterSectionKey):
            let title = try Self.nonEmpty(title, field: "title")
            let titleEn = try Self.nonEmpty(titleEn, field: "titleEn")
            let sectionKey: String
            if let key {
                guard ChecklistValidator.isValidKey(key) else { throw .invalidKey(key) }
                guard !allKeys.contains(key) else { throw .duplicateKey(key) }
                sectionKey = key
            } else {
                sectionKey = unusedKey(from: title)
            }
            let position = try afterSectionKey.map { key throws(ChecklistEditError) in try sectionIndex(key) + 1 }
            copy.sections.insert(
                ChecklistSection(key: sectionKey, title: title, titleEn: titleEn, items: []),
                at: position ?? sections.count)
            return EditResult(checklist: copy, addedKey: sectionKey)

        case .renameSection(let sectionKey, let title, let titleEn):
            let index = try sectionIndex(sectionKey)
            copy.sections[index].title = try Self.nonEmpty(title, field: "title")
            copy.sections[index].titleEn = try Self.nonEmpty(titleEn, field: "titleEn")
        }
        return EditResult(checklist: copy)
    }

    /// The next draft of a published or archived template: status `draft`, revision + 1.
    /// A draft is returned unchanged, because it already is the next revision.
    public func startingRevision() -> Checklist {
        guard status != .draft else { return self }
        var copy = self
        copy.status = .draft
        copy.revision = revision + 1
        return copy
    }

    /// The template marked published, optionally with a new effective date.
    public func publishing(effectiveFrom: String? = nil) -> Checklist {
        var copy = self
        copy.status = .published
        if let effectiveFrom { copy.effectiveFrom = effectiveFrom }
        return copy
    }

    /// The key `addItem` gives the next item: one more than the highest number ever used with the
    /// prefix, counting retired keys, so a deleted key never comes back with another meaning.
    public func nextItemKey() -> String {
        let prefix = keyPrefix + "-"
        var highest = 0
        for key in allKeys.union(retiredKeys ?? []) where key.hasPrefix(prefix) {
            let digits = key.dropFirst(prefix.count)
            if !digits.isEmpty, digits.allSatisfy(\.isASCII), let number = Int(digits) {
                highest = max(highest, number)
            }
        }
        let digits = String(highest + 1)
        return prefix + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    // MARK: - Private

    /// Section and item keys together, since keys are unique across the whole file.
    private var allKeys: Set<String> {
        Set(sections.map(\.key) + sections.flatMap { $0.items.map(\.key) })
    }

    private func itemPosition(_ key: String) throws(ChecklistEditError) -> (Int, Int) {
        guard let found = position(of: key) else { throw .unknownItem(key) }
        return (found.section, found.item)
    }

    private func sectionIndex(_ key: String) throws(ChecklistEditError) -> Int {
        guard let index = sections.firstIndex(where: { $0.key == key }) else { throw .unknownSection(key) }
        return index
    }

    private mutating func move(
        section: Int, index: Int, _ direction: ChecklistEdit.Direction, itemKey: String
    ) throws(ChecklistEditError) {
        switch direction {
        case .up where index > 0:
            sections[section].items.swapAt(index, index - 1)
        case .up where section > 0:
            let item = sections[section].items.remove(at: index)
            sections[section - 1].items.append(item)
        case .down where index < sections[section].items.count - 1:
            sections[section].items.swapAt(index, index + 1)
        case .down where section < sections.count - 1:
            let item = sections[section].items.remove(at: index)
            sections[section + 1].items.insert(item, at: 0)
        default:
            throw .cannotMove(itemKey: itemKey, direction)
        }
    }

    private static func retyped(
        _ item: ChecklistItem, as type: AnswerType, failIf: FailCondition?, unit: String?
    ) throws(ChecklistEditError) -> ChecklistItem {
        var item = item
        if type == .number {
            guard let failIf, failIf.gt != nil || failIf.lt != nil else {
                throw .numberNeedsFailCondition(itemKey: item.key)
            }
            item.failIf = failIf
            item.unit = unit.map(trimmed).flatMap { $0.isEmpty ? nil : $0 }
        } else {
            item.failIf = nil
            item.unit = nil
        }
        if type == .text {
            item.weight = 0
        } else if item.type == .text, item.weight == 0 {
            item.weight = 1
        }
        item.type = type
        return item
    }

    /// A section key made from a title ("Pintu masuk" gives `pintu-masuk`), numbered when taken.
    private func unusedKey(from title: String) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        slug = String(slug.prefix(40))
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty { slug = "bagian" }
        let taken = allKeys
        var candidate = slug
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(slug)-\(number)"
            number += 1
        }
        return candidate
    }

    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func nonEmpty(_ text: String, field: String) throws(ChecklistEditError) -> String {
        let result = trimmed(text)
        guard !result.isEmpty else { throw .emptyText(field: field) }
        return result
    }
}
