import Foundation
import SMEModel

/// Unsaved work kept as `.recovered` copies at an earlier signal: asked about one by one at start.
extension AppState {
    /// Queues the copies found at start and asks about the first.
    public mutating func offerRecovered(_ copies: [RecoveredCopy]) {
        pendingRecovered = copies
        askNextRecovered()
    }

    private mutating func askNextRecovered() {
        guard let copy = pendingRecovered.first else { return }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let when = formatter.string(from: copy.written)
        let more = pendingRecovered.count - 1
        var message = [
            Localized(id: "Perubahan pada \(data.displayPath(copy.original)) yang belum tersimpan (\(when)) disimpan di",
                      en: "Unsaved changes to \(data.displayPath(copy.original)) (\(when)) were kept in"),
            Localized(data.displayPath(copy.path)),
            Localized(id: "karena berkasnya telah diubah orang lain.", en: "because the file had been changed by someone else."),
        ]
        if more > 0 {
            message.append(Localized(id: "Masih ada \(more) salinan lain.", en: "\(more) more copies after this one."))
        }
        modals.append(.confirm(Confirm(
            .app(.recovered(path: copy.path)), title: Localized(id: "Perubahan yang dipulihkan", en: "Recovered changes"),
            message: message,
            buttons: [DialogButton(Localized(id: "Bandingkan", en: "Compare"), .compare),
                      DialogButton(Localized(id: "Pakai salinan", en: "Keep the copy"), .keep),
                      DialogButton(Localized(id: "Buang", en: "Discard"), .discard),
                      DialogButton(Localized(id: "Nanti", en: "Later"), .later)])))
    }

    mutating func answerRecovered(_ path: String, _ choice: DialogChoice) -> [Effect] {
        guard let copy = pendingRecovered.first(where: { $0.path == path }) else { return [] }
        switch choice {
        case .compare:
            return [.compareRecovered(copy)]
        case .keep, .discard:
            pendingRecovered.removeAll { $0.path == path }
            askNextRecovered()
            return [choice == .keep ? .keepRecovered(copy) : .discardRecovered(copy)]
        default:
            pendingRecovered.removeAll { $0.path == path }
            askNextRecovered()
            return []
        }
    }

    /// The differences, over the same question so the choice can be made after reading them.
    mutating func showDifferences(_ copy: RecoveredCopy, _ lines: [String]) {
        askNextRecovered()
        let body = lines.isEmpty
            ? [Localized(id: "Salinan sama dengan berkasnya.", en: "The copy is the same as the file.")]
            : [Localized(id: "- hanya di berkas sekarang, + hanya di salinan:", en: "- only in the file now, + only in the copy:")]
                + lines.map { Localized($0) }
        modals.append(.message(title: Localized(id: "Perbedaan: \(data.displayPath(copy.original))",
                                                en: "Differences: \(data.displayPath(copy.original))"), lines: body))
    }

    /// A kept copy is now the file: the data records it and the SOP screen shows it.
    mutating func recoveryDone(_ outcome: RecoveryOutcome) -> [Effect] {
        var effects: [Effect] = []
        if let file = outcome.checklist { effects = update(.checklists(.reloaded(file))) }
        if let file = outcome.assessment { data.store(file) }
        status = outcome.isError ? .error(outcome.message) : .success(outcome.message)
        return effects
    }
}
