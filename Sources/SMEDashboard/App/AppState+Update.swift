import SMEModel
import TerminalUI

extension AppState {
    /// Applies one action and returns the effects the runner must perform. Pure: no IO.
    /// App-wide actions are handled here; a screen's action goes to that screen, with a context
    /// that lets it change only its own state, the status line and the dialogs.
    public mutating func update(_ action: Action) -> [Effect] {
        var effects: [Effect]
        switch action {
        case .resized(let newSize):
            size = newSize
            return []
        case .key(let key):
            effects = handle(key)
        case .command(let command):
            effects = run(command)
        case .signal:
            return handleSignal()
        case .answered(let question, let answer):
            effects = route(question, answer)
        case .businesses(let action):
            effects = updateScreen(\.businesses, action)
        case .survey(let action):
            effects = updateScreen(\.survey, action)
        case .checklists(let action):
            switch action {
            case .saved(let file), .reloaded(let file): data.store(file)
            default: break
            }
            if case .saveFailed = action { isQuittingAfterSave = false }
            effects = updateScreen(\.checklists, action)
        case .assess(let action):
            if case .saved(let file) = action { data.store(file) }
            if case .saveFailed = action { isQuittingAfterSave = false }
            effects = updateScreen(\.assess, action)
        case .export(let action):
            effects = updateScreen(\.export, action)
        case .inbox(let action):
            effects = updateScreen(\.inbox, action)
        case .inboxChanged(let entries, let message, let changedRegistry):
            data.imports = entries
            effects = updateScreen(\.inbox, .done(message))
            if changedRegistry { effects += requestReload(quietly: true) }
        case .recoveredDifferences(let copy, let lines):
            showDifferences(copy, lines)
            return []
        case .recoveryDone(let outcome):
            return recoveryDone(outcome)
        case .storeChanged(let notices):
            return storeChanged(notices)
        case .surveyRead(let loaded):
            data.receiveSurvey(loaded)
            // Screens made before it came chose no wave; the newest is what they show by default.
            if survey.waveID == nil { survey.waveID = data.registry.waves.last?.id }
            if export.wave == nil { export.wave = data.registry.waves.last?.id }
            if status?.text == SurveyScreen.loadingText { status = nil }
            return []
        case .surveyUnreadable(let message):
            data.surveyFailed(message)
            status = .error(message)
            return []
        case .dataReloaded(let reloaded):
            return dataReloaded(reloaded)
        case .dataReloadFailed(let message):
            status = .error(Localized(id: "Data tidak dapat dibaca ulang: " + message.id, en: "The data could not be read again: " + message.en))
            return []
        }
        // "Save and quit" quits once every save has come back.
        if isQuittingAfterSave, !hasUnsavedChanges, !effects.contains(where: \.isSave) {
            effects.append(.quit)
        }
        return effects
    }

    /// Runs `action` on one screen with the shared context.
    private mutating func updateScreen<S: DashboardScreen>(_ screen: WritableKeyPath<AppState, S>, _ action: S.Action) -> [Effect] {
        var context = context()
        let effects = self[keyPath: screen].update(action, in: &context)
        absorb(context)
        return effects
    }

    /// A dialog's answer goes back to the screen that asked.
    private mutating func route(_ question: Question, _ answer: DialogAnswer) -> [Effect] {
        switch question {
        case .app(let question): answerApp(question, answer)
        case .businesses(let question): update(.businesses(.answered(question, answer)))
        case .survey(let question): update(.survey(.answered(question, answer)))
        case .checklists(let question): update(.checklists(.answered(question, answer)))
        case .assess(let question): update(.assess(.answered(question, answer)))
        case .export(let question): update(.export(.answered(question, answer)))
        case .inbox(let question): update(.inbox(.answered(question, answer)))
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
        if case .mouse(let event) = key { return mouse(event) }
        // The search line takes typed keys first while it is open.
        if screen == .businesses, businesses.search != nil {
            let effects = update(.businesses(.searchKey(key)))
            if !BusinessesScreen.passesThroughSearch(key) { return effects }
        }
        guard let command = KeyBinding.command(for: key, on: screen) else { return [] }
        if status?.kind == .error, command == .back {
            status = nil
            return []
        }
        return run(command)
    }

    private mutating func mouse(_ event: MouseEvent) -> [Effect] {
        // The tab line: a click opens that screen.
        if event.position.y == 0 {
            let (tabs, area, _) = titleTabs()
            if event.isPrimaryClick, let index = tabs.tab(atX: event.position.x, in: area), let target = Screen(rawValue: index) {
                screen = target
            }
            return []
        }
        return switch screen {
        case .businesses: update(.businesses(.mouse(event)))
        case .survey: update(.survey(.mouse(event)))
        case .checklists: update(.checklists(.mouse(event)))
        case .assess: update(.assess(.mouse(event)))
        case .export: update(.export(.mouse(event)))
        case .inbox: update(.inbox(.mouse(event)))
        }
    }

    // MARK: - Commands

    /// Runs a command: the app's own here, list and edit commands on the current screen, a
    /// screen's commands on that screen.
    public mutating func run(_ command: Command) -> [Effect] {
        switch command {
        case .app(let command): return runApp(command)
        case .list(let command):
            return switch screen {
            case .businesses: update(.businesses(.list(command)))
            case .survey: update(.survey(.list(command)))
            case .checklists: update(.checklists(.list(command)))
            case .assess: update(.assess(.list(command)))
            case .export: update(.export(.list(command)))
            case .inbox: update(.inbox(.list(command)))
            }
        case .edit(let command):
            switch screen {
            case .checklists: return update(.checklists(.edit(command)))
            case .assess: return update(.assess(.edit(command)))
            case .businesses, .survey, .export, .inbox:
                status = .info(Localized(id: "Layar ini tidak menyunting apa pun", en: "Nothing is edited on this screen"))
                return []
            }
        case .businesses(let command): return update(.businesses(.command(command)))
        case .survey(let command): return update(.survey(.command(command)))
        case .checklists(let command): return update(.checklists(.command(command)))
        case .assess(let command): return update(.assess(.command(command)))
        case .export(let command): return update(.export(.command(command)))
        case .inbox(let command): return update(.inbox(.command(command)))
        }
    }

    private mutating func runApp(_ command: AppCommand) -> [Effect] {
        switch command {
        case .nextScreen: screen = screen.next
        case .previousScreen: screen = screen.previous
        case .showBusinesses: screen = .businesses
        case .showSurvey: screen = .survey
        case .showChecklists: screen = .checklists
        case .showAssess: screen = .assess
        case .showExport: screen = .export
        case .showInbox: screen = .inbox
        case .help: modals.append(.help(scroll: 0))
        case .commandMenu: modals.append(.commandMenu(CommandMenu()))
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .toggleLanguage:
            language = language == .id ? .en : .id
            status = .info(Localized(id: "Bahasa: Indonesia", en: "Language: English"))
        case .quit: return requestQuit()
        case .copy: return copySelection()
        case .reloadData: return requestReload()
        }
        return []
    }

    private mutating func answerApp(_ question: AppQuestion, _ answer: DialogAnswer) -> [Effect] {
        guard case .chose(let choice) = answer else { return [] }
        switch question {
        case .quit: return answerQuit(choice)
        case .recovered(let path): return answerRecovered(path, choice)
        case .allowCopy(let text): return answerAllowCopy(text, choice)
        case .reloadData: return answerReload(choice)
        }
    }

    // MARK: - Quit

    private mutating func requestQuit() -> [Effect] {
        guard hasUnsavedChanges else { return [.quit] }
        modals.append(.confirm(Confirm(
            .app(.quit),
            title: Localized(id: "Ada perubahan yang belum disimpan", en: "There are unsaved changes"),
            message: unsavedDescription(),
            buttons: [DialogButton(Localized(id: "Simpan lalu keluar", en: "Save and quit"), .saveAndQuit),
                      DialogButton(Localized(id: "Buang lalu keluar", en: "Discard and quit"), .discardAndQuit),
                      .cancel])))
        return []
    }

    private func unsavedDescription() -> [Localized] {
        var lines: [Localized] = []
        if checklists.isModified(in: data) { lines.append(checklists.unsavedSummary(in: data)) }
        if assess.isModified(in: data) { lines.append(assess.unsavedSummary) }
        return lines
    }

    private var saveEffects: [Effect] { checklists.saveEffects(in: data) + assess.saveEffects(data: data) }

    private mutating func answerQuit(_ choice: DialogChoice) -> [Effect] {
        switch choice {
        case .saveAndQuit:
            let saves = saveEffects
            isQuittingAfterSave = true
            return saves.isEmpty ? [.quit] : saves
        case .discardAndQuit:
            return [.quit]
        default:
            return []
        }
    }

    /// SIGTERM, SIGHUP (the SSH link dropped) or SIGINT: nothing may be lost, so text being typed
    /// into a checklist or an assessment is applied, and unsaved work is saved through the normal
    /// safe save before quitting; a conflict leaves the file alone (the runner keeps a copy).
    private mutating func handleSignal() -> [Effect] {
        commitOpenField()
        return saveEffects + [.quit]
    }

    /// Applies the text typed into an open content prompt as if Enter had been pressed, so a
    /// signal saves it with the rest. A two-step prompt (new item, corrective action) is followed
    /// through; a missing English text takes the Indonesian one rather than losing the item.
    /// Effects of the answers are dropped: the signal's own save covers the state they made.
    mutating func commitOpenField() {
        for _ in 0..<3 {
            guard case .prompt(let prompt)? = modals.last, prompt.question.keepsTypedText else { return }
            var text = prompt.field.value
            if case .checklists(.addEnglish(let indonesian)) = prompt.question, text.trimmingCharacters(in: .whitespaces).isEmpty {
                text = indonesian
            }
            modals.removeLast()
            _ = update(.answered(prompt.question, .typed(text)))
            // An answer that was refused opens its prompt again; stop rather than loop.
            if case .prompt(let again)? = modals.last, again.question == prompt.question { return }
        }
    }
}

extension Effect {
    var isSave: Bool {
        switch self {
        case .saveChecklist, .saveAssessment: true
        default: false
        }
    }
}
