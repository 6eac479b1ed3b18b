import SMEModel

extension AppState {
    /// Says who changed what in the shared store. A template another office saved is fetched and
    /// shown at once unless it is being edited here (then the save's conflict dialog decides); a
    /// changed registry (an accepted batch, a push) is offered to be read again; anything else is
    /// read again with Ctrl+O, and the message says so.
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
        let registryChange = notices.first(where: \.changesRegistry)
        let said = registryChange ?? first
        let text = Localized(id: said.text.id + more.id, en: said.text.en + more.en)
        if registryChange != nil {
            offerReload(text)
        } else {
            status = .info(deferred ? Self.withReloadHint(text) : text)
        }
        return effects
    }
}
