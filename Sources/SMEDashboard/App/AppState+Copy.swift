import SMEModel

extension AppState {
    /// What y copies on this screen: the selected row, item or figure, tab-separated so it
    /// pastes into a spreadsheet's cells.
    var copyText: String? {
        switch screen {
        case .businesses:
            let b = businesses
            if b.detail == nil, let view = b.frequency {
                let order = view.order
                guard order.indices.contains(view.selection) else { return nil }
                let r = order[view.selection]
                return ([view.table.rows[r].label(language)] + view.table.counts[r].map(String.init) + (view.table.isPivot ? [String(view.table.rowTotals[r])] : []))
                    .joined(separator: "\t")
            }
            guard let row = b.selectedRow else { return nil }
            if b.isShowingCooperatives {
                let c = data.registry.cooperatives[row]
                return [c.id, c.name, c.type.label(language), data.registry.regionName(c.region, language), String(c.members),
                        c.active ? YesNo.yes.label(language) : YesNo.no.label(language), c.lastRATYear.map(String.init) ?? ""].joined(separator: "\t")
            }
            return ScreenScope<BusinessesScreen>.businessCells(row, b.columns, registry: data.registry, scores: data.scores,
                                                               language: language, numbers: numbers).joined(separator: "\t")
        case .checklists:
            guard let item = checklists.currentDocument?.selectedItem else { return nil }
            return [item.key, item.text(language), language == .id ? item.textEn : item.text].joined(separator: "\t")
        case .assess:
            guard let item = assess.selectedItem, let assessment = assess.assessment else { return nil }
            let answer = assessment.answers[item.key]
            let value = answer.map { AnswerText.value($0.value, unit: item.unit, language) } ?? ""
            return [item.key, item.text(language), value, answer?.note ?? "", answer?.action?.text ?? ""].joined(separator: "\t")
        case .survey, .export, .inbox:
            return nil
        }
    }

    /// y: copies through the terminal once the official has allowed it (asked the first time).
    mutating func copySelection() -> [Effect] {
        guard let text = copyText else {
            status = .info(Localized(id: "Tidak ada yang dapat disalin di sini", en: "Nothing to copy here"))
            return []
        }
        guard options.allowsCopy else {
            modals.append(.confirm(Confirm(
                .app(.allowCopy(text: text)), title: Localized(id: "Salin lewat terminal?", en: "Copy through the terminal?"),
                message: [Localized(id: "smedash menyalin lewat terminal (OSC 52), juga lewat SSH. Sebagian terminal meminta izin atau mengabaikannya; di tmux perlu set-clipboard on.",
                                    en: "smedash copies through the terminal (OSC 52), over SSH too. Some terminals ask first or ignore it; tmux needs set-clipboard on."),
                          Localized(id: "Pilihan ini diingat.", en: "This choice is remembered.")],
                buttons: [DialogButton(Localized(id: "Izinkan", en: "Allow"), .confirm), .cancel], selected: .cancel)))
            return []
        }
        return copy(text)
    }

    mutating func answerAllowCopy(_ text: String, _ choice: DialogChoice) -> [Effect] {
        guard choice == .confirm else {
            status = .info(Localized(id: "Tidak disalin", en: "Not copied"))
            return []
        }
        options.allowsCopy = true
        return copy(text)
    }

    private mutating func copy(_ text: String) -> [Effect] {
        let shown = TerminalEscapingPreview.short(text)
        status = .success(Localized(id: "Disalin: \(shown)", en: "Copied: \(shown)"))
        return [.copy(text)]
    }
}

/// A copied text as the status line shows it: one line, control characters made visible, short.
enum TerminalEscapingPreview {
    static func short(_ text: String) -> String {
        let line = TerminalEscaping.visible(text.replacingOccurrences(of: "\t", with: " · "), keepsLineBreaks: false)
        return line.count > 60 ? String(line.prefix(59)) + "…" : line
    }
}
