import Foundation
import SMEModel

/// Unsaved work kept as `.recovered` copies at an earlier signal: asked about one by one at start.
extension AppState {
    static let recoveredTag = "recovered"

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
            Localized(id: "Perubahan pada \(displayPath(copy.original)) yang belum tersimpan (\(when)) disimpan di",
                      en: "Unsaved changes to \(displayPath(copy.original)) (\(when)) were kept in"),
            Localized(displayPath(copy.path)),
            Localized(id: "karena berkasnya telah diubah orang lain.", en: "because the file had been changed by someone else."),
        ]
        if more > 0 {
            message.append(Localized(id: "Masih ada \(more) salinan lain.", en: "\(more) more copies after this one."))
        }
        confirm(ModalTag(Self.recoveredTag, copy.path), title: Localized(id: "Perubahan yang dipulihkan", en: "Recovered changes"),
                message: message,
                buttons: [Localized(id: "Bandingkan", en: "Compare"), Localized(id: "Pakai salinan", en: "Keep the copy"),
                          Localized(id: "Buang", en: "Discard"), Localized(id: "Nanti", en: "Later")],
                cancelChoice: 3)
    }

    mutating func answerRecovered(_ path: String, _ choice: Int) -> [Effect] {
        guard let copy = pendingRecovered.first(where: { $0.path == path }) else { return [] }
        switch choice {
        case 0:
            return [.compareRecovered(copy)]
        case 1, 2:
            pendingRecovered.removeAll { $0.path == path }
            askNextRecovered()
            return [choice == 1 ? .keepRecovered(copy) : .discardRecovered(copy)]
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
        showMessage(Localized(id: "Perbedaan: \(displayPath(copy.original))", en: "Differences: \(displayPath(copy.original))"), body)
    }

    mutating func recoveryDone(_ outcome: RecoveryOutcome) {
        if let file = outcome.checklist { checklistReloaded(file) }
        if let file = outcome.assessment { data.store(file) }
        status = outcome.isError ? .error(outcome.message) : .success(outcome.message)
    }
}
