import SMEModel
import TerminalUI

extension AppState {
    /// Applies one action and returns the effects the runner must perform. Pure: no IO.
    public mutating func update(_ action: Action) -> [Effect] {
        switch action {
        case .resized(let newSize):
            size = newSize
            return []
        case .key(let key):
            return handle(key)
        case .command(let command):
            return run(command)
        case .signal:
            return handleSignal()
        case .confirmed(let tag, let choice) where tag.name == "quit":
            return answerQuit(choice)
        case .confirmed(let tag, let choice) where tag.name == Self.recoveredTag:
            return answerRecovered(tag.detail, choice)
        case .recoveredDifferences(let copy, let lines):
            showDifferences(copy, lines)
            return []
        case .recoveryDone(let outcome):
            recoveryDone(outcome)
            return []
        default:
            return routeToScreen(action)
        }
    }

    // MARK: - Keys

    private mutating func handle(_ key: Key) -> [Effect] {
        // Esc and a key typed quickly arrive as Alt+key; when that is not bound, take them apart
        // (in a dialog too, where Esc then a key must close it and act).
        if case .alt(let inner) = key, KeyBinding.command(for: key, on: screen) == nil || !modals.isEmpty {
            let first = handle(.escape)
            return first + handle(inner)
        }
        if status?.kind != .error { status = nil }
        if case .resize = key { return [] }
        if !modals.isEmpty { return handleModalKey(key) }
        if isTooSmall {
            // Only quitting and help make sense until the window grows again.
            if let command = KeyBinding.command(for: key, on: screen), [.quit, .help, .redraw].contains(command) {
                return run(command)
            }
            return []
        }
        if case .mouse = key { return routeToScreen(.key(key)) }
        if let effects = handleTextInput(key) { return effects }
        guard let command = KeyBinding.command(for: key, on: screen) else { return [] }
        if status?.kind == .error, command == .back {
            status = nil
            return []
        }
        return run(command)
    }

    /// Lets a screen that is capturing text (a search line) take the key first.
    private mutating func handleTextInput(_ key: Key) -> [Effect]? {
        switch screen {
        case .businesses: return handleBusinessesText(key)
        default: return nil
        }
    }

    // MARK: - Commands

    /// Runs a command: global ones here, the rest on the current screen.
    public mutating func run(_ command: Command) -> [Effect] {
        switch command {
        case .nextScreen: screen = screen.next
        case .previousScreen: screen = screen.previous
        case .showBusinesses: screen = .businesses
        case .showSurvey: screen = .survey
        case .showChecklists: screen = .checklists
        case .showAssess: screen = .assess
        case .showExport: screen = .export
        case .help: modals.append(.help(scroll: 0))
        case .commandMenu: modals.append(.commandMenu(CommandMenu()))
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .toggleLanguage:
            language = language == .id ? .en : .id
            status = .info(Localized(id: "Bahasa: Indonesia", en: "Language: English"))
        case .quit: return requestQuit()
        default: return routeToScreen(.command(command))
        }
        return []
    }

    private mutating func routeToScreen(_ action: Action) -> [Effect] {
        var effects: [Effect]
        switch action {
        case .checklistSaved, .checklistReloaded, .reloadFailed:
            effects = updateChecklists(action)
        case .assessmentSaved:
            effects = updateAssess(action)
        case .saveFailed(let path, _, _):
            effects = path.hasPrefix(data.folder.assessmentsFolder) ? updateAssess(action) : updateChecklists(action)
            isQuittingAfterSave = false
        case .exported, .exportFailed, .exportTargetExists:
            effects = updateExport(action)
        default:
            switch screen {
            case .businesses: effects = updateBusinesses(action)
            case .survey: effects = updateSurvey(action)
            case .checklists: effects = updateChecklists(action)
            case .assess: effects = updateAssess(action)
            case .export: effects = updateExport(action)
            }
        }
        if isQuittingAfterSave, !hasUnsavedChanges, !effects.contains(where: Self.isSave) {
            effects.append(.quit)
        }
        return effects
    }

    private static func isSave(_ effect: Effect) -> Bool {
        switch effect {
        case .saveChecklist, .saveAssessment: true
        default: false
        }
    }

    // MARK: - Quit

    private mutating func requestQuit() -> [Effect] {
        guard hasUnsavedChanges else { return [.quit] }
        modals.append(.confirm(Confirm(
            tag: ModalTag("quit"),
            title: Localized(id: "Ada perubahan yang belum disimpan", en: "There are unsaved changes"),
            message: unsavedDescription(),
            buttons: [Localized(id: "Simpan lalu keluar", en: "Save and quit"),
                      Localized(id: "Buang lalu keluar", en: "Discard and quit"),
                      Localized(id: "Batal", en: "Cancel")],
            selection: 0, cancelChoice: 2)))
        return []
    }

    private func unsavedDescription() -> [Localized] {
        var lines: [Localized] = []
        if checklists.isModified { lines.append(checklists.unsavedSummary) }
        if assess.isModified { lines.append(assess.unsavedSummary) }
        return lines
    }

    private mutating func answerQuit(_ choice: Int) -> [Effect] {
        switch choice {
        case 0:
            let saves = checklists.saveEffects(data: data) + assess.saveEffects(data: data)
            isQuittingAfterSave = true
            return saves.isEmpty ? [.quit] : saves
        case 1:
            return [.quit]
        default:
            return []
        }
    }

    /// SIGTERM, SIGHUP (the SSH link dropped) or SIGINT: nothing may be lost, so unsaved work is
    /// saved through the normal safe save before quitting; a conflict leaves the file alone.
    private mutating func handleSignal() -> [Effect] {
        commitOpenField()
        let saves = checklists.saveEffects(data: data) + assess.saveEffects(data: data)
        return saves + [.quit]
    }

    /// Prompts whose text becomes part of a checklist or an assessment. Search, save-as and the
    /// other prompts only steer the dashboard, so what is typed there is not applied at a signal.
    static let contentPrompts: Set<String> = [
        "sop-add", "sop-add-en", "sop-edit-id", "sop-edit-en",
        "assess-number", "assess-text", "assess-note", "assess-action", "assess-due", "assess-assessor",
    ]

    /// Applies the text typed into an open content prompt as if Enter had been pressed, so a
    /// signal saves it with the rest. A two-step prompt (new item, corrective action) is followed
    /// through; a missing English text takes the Indonesian one rather than losing the item.
    /// Effects of the answers are dropped: the signal's own save covers the state they made.
    mutating func commitOpenField() {
        for _ in 0..<3 {
            guard case .prompt(let prompt)? = modals.last, Self.contentPrompts.contains(prompt.tag.name) else { return }
            var text = prompt.field.value
            if prompt.tag.name == "sop-add-en", text.trimmingCharacters(in: .whitespaces).isEmpty { text = prompt.tag.detail }
            modals.removeLast()
            _ = update(.prompted(prompt.tag, text: text))
            // An answer that was refused opens its prompt again; stop rather than loop.
            if case .prompt(let again)? = modals.last, again.tag == prompt.tag { return }
        }
    }
}
