import SMEModel

extension AppState {
    /// Says who changed what in the shared store. A template another office saved is fetched and
    /// shown at once unless it is being edited here (then the save's conflict dialog decides);
    /// anything else is read at the next start, and the message says so.
    mutating func storeChanged(_ notices: [StoreNotice]) -> [Effect] {
        guard let first = notices.first else { return [] }
        var effects: [Effect] = []
        var deferred = false
        for notice in notices {
            let path = data.folder.path(notice.subject)
            if notice.subject.hasPrefix("sop/"), !notice.subject.dropFirst(4).contains("/"),
               data.savedTemplate(at: path) != nil, !checklists.isModified(in: data) {
                effects.append(.reloadChecklist(path: path))
            } else {
                deferred = true
            }
        }
        let more = notices.count > 1 ? Localized(id: " (dan \(notices.count - 1) perubahan lain)", en: " (and \(notices.count - 1) more changes)")
            : Localized("")
        let later = deferred ? Localized(id: "; dimuat saat smedash dibuka lagi", en: "; loaded when smedash next starts") : Localized("")
        status = .info(Localized(id: first.text.id + more.id + later.id, en: first.text.en + more.en + later.en))
        return effects
    }
}
