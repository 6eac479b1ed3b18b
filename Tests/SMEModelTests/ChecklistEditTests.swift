import Testing
@testable import SMEModel

@Suite struct ChecklistEditTests {
    let salon = ChecklistFixtures.salon()

    @Test func addAfterItemTakesNextKeyPastRetiredOnes() throws {
        let result = try salon.applyingReturningKey(
            .addItem(.after(itemKey: "sal-001"), text: " Jaga jarak 1 meter ", textEn: "Keep 1 m apart"))
        // sal-007 is retired, so the next key is sal-008, not sal-006.
        #expect(result.addedKey == "sal-008")
        #expect(
            ChecklistFixtures.layout(result.checklist)
                == [["sal-001", "sal-008", "sal-002"], ["sal-003", "sal-004", "sal-005"]])
        let added = try #require(result.checklist.item("sal-008"))
        #expect(
            added
                == ChecklistItem(
                    key: "sal-008", text: "Jaga jarak 1 meter", textEn: "Keep 1 m apart", required: false,
                    critical: false, weight: 1, source: "", type: .yesNoNA))
        // The original value is untouched, so it can serve as the undo snapshot.
        #expect(salon == ChecklistFixtures.salon())
    }

    @Test func addAtEndOfSection() throws {
        let result = try salon.applyingReturningKey(
            .addItem(.atEndOf(sectionKey: "persiapan"), text: "a", textEn: "b", source: "KMK 382/2020"))
        #expect(ChecklistFixtures.layout(result.checklist)[0] == ["sal-001", "sal-002", "sal-008"])
        #expect(result.checklist.item("sal-008")?.source == "KMK 382/2020")
    }

    @Test func deletedKeyIsRetiredAndNeverReused() throws {
        var checklist = salon
        checklist.retiredKeys = nil
        checklist = try checklist.applying(.deleteItem(itemKey: "sal-005"))
        #expect(checklist.retiredKeys == ["sal-005"])
        #expect(checklist.item("sal-005") == nil)
        let result = try checklist.applyingReturningKey(
            .addItem(.atEndOf(sectionKey: "layanan"), text: "x", textEn: "x"))
        #expect(result.addedKey == "sal-006")

        let twice = try salon.applying(.deleteItem(itemKey: "sal-002"))
        #expect(twice.retiredKeys == ["sal-002", "sal-007"])
    }

    @Test func keysGrowPastThreeDigits() {
        var checklist = salon
        checklist.sections[0].items[0].key = "sal-999"
        #expect(checklist.nextItemKey() == "sal-1000")
    }

    @Test func movesWithinAndAcrossSections() throws {
        let swapped = try salon.applying(.moveItem(itemKey: "sal-004", .up))
        #expect(ChecklistFixtures.layout(swapped) == [["sal-001", "sal-002"], ["sal-004", "sal-003", "sal-005"]])

        let intoNext = try salon.applying(.moveItem(itemKey: "sal-002", .down))
        #expect(ChecklistFixtures.layout(intoNext) == [["sal-001"], ["sal-002", "sal-003", "sal-004", "sal-005"]])

        let intoPrevious = try salon.applying(.moveItem(itemKey: "sal-003", .up))
        #expect(
            ChecklistFixtures.layout(intoPrevious) == [["sal-001", "sal-002", "sal-003"], ["sal-004", "sal-005"]])

        #expect(throws: ChecklistEditError.cannotMove(itemKey: "sal-001", .up)) {
            try salon.applying(.moveItem(itemKey: "sal-001", .up))
        }
        #expect(throws: ChecklistEditError.cannotMove(itemKey: "sal-005", .down)) {
            try salon.applying(.moveItem(itemKey: "sal-005", .down))
        }
    }

    @Test func moveCrossesAnEmptySection() throws {
        let withEmpty = try salon.applying(.addSection(key: "kosong", title: "Kosong", titleEn: "Empty",
                                                       afterSectionKey: "persiapan"))
        let moved = try withEmpty.applying(.moveItem(itemKey: "sal-002", .down))
        #expect(ChecklistFixtures.layout(moved) == [["sal-001"], ["sal-002"], ["sal-003", "sal-004", "sal-005"]])
    }

    @Test func criticalImpliesRequired() throws {
        let critical = try salon.applying(.setCritical(itemKey: "sal-002", true))
        #expect(critical.item("sal-002")?.critical == true)
        #expect(critical.item("sal-002")?.required == true)

        let optional = try salon.applying(.setRequired(itemKey: "sal-001", false))
        #expect(optional.item("sal-001")?.required == false)
        #expect(optional.item("sal-001")?.critical == false)

        let notCritical = try salon.applying(.setCritical(itemKey: "sal-001", false))
        #expect(notCritical.item("sal-001")?.required == true)
    }

    @Test func weightRules() throws {
        #expect(try salon.applying(.setWeight(itemKey: "sal-002", 2.5)).item("sal-002")?.weight == 2.5)
        #expect(throws: ChecklistEditError.invalidWeight(itemKey: "sal-002", -1)) {
            try salon.applying(.setWeight(itemKey: "sal-002", -1))
        }
        #expect(throws: ChecklistEditError.invalidWeight(itemKey: "sal-004", 1)) {
            try salon.applying(.setWeight(itemKey: "sal-004", 1))
        }
    }

    @Test func typeChangesKeepTheItemConsistent() throws {
        #expect(throws: ChecklistEditError.numberNeedsFailCondition(itemKey: "sal-002")) {
            try salon.applying(.setType(itemKey: "sal-002", .number))
        }
        let number = try salon.applying(
            .setType(itemKey: "sal-002", .number, failIf: FailCondition(lt: 60), unit: " cm "))
        #expect(number.item("sal-002")?.failIf == FailCondition(lt: 60))
        #expect(number.item("sal-002")?.unit == "cm")

        let text = try salon.applying(.setType(itemKey: "sal-003", .text, failIf: FailCondition(gt: 1), unit: "x"))
        let textItem = try #require(text.item("sal-003"))
        #expect(textItem.type == .text && textItem.weight == 0 && textItem.failIf == nil && textItem.unit == nil)

        let scored = try salon.applying(.setType(itemKey: "sal-004", .yesNoNA))
        #expect(scored.item("sal-004")?.weight == 1)
        for checklist in [number, text, scored] { #expect(ChecklistValidator.validate(checklist).isEmpty) }
    }

    @Test func textEditsAreTrimmedAndMustNotBeEmpty() throws {
        let edited = try salon.applying(.editText(itemKey: "sal-002", text: " Masker dipakai ", textEn: nil))
        #expect(edited.item("sal-002")?.text == "Masker dipakai")
        #expect(edited.item("sal-002")?.textEn == "Staff wear masks")
        #expect(throws: ChecklistEditError.emptyText(field: "textEn")) {
            try salon.applying(.editText(itemKey: "sal-002", text: nil, textEn: "  "))
        }
        #expect(throws: ChecklistEditError.emptyText(field: "text")) {
            try salon.applying(.addItem(.after(itemKey: "sal-001"), text: "", textEn: "x"))
        }
    }

    @Test func sourceAndOnFail() throws {
        let sourced = try salon.applying(.setSource(itemKey: "sal-002", "Pergub Jabar 60/2020"))
        #expect(sourced.item("sal-002")?.source == "Pergub Jabar 60/2020")
        let action = FailAction(action: "Beli masker", actionEn: "Buy masks", dueDays: 3)
        #expect(try salon.applying(.setOnFail(itemKey: "sal-002", action)).item("sal-002")?.onFail == action)
        #expect(try salon.applying(.setOnFail(itemKey: "sal-001", nil)).item("sal-001")?.onFail == nil)
        #expect(throws: ChecklistEditError.invalidDueDays(itemKey: "sal-002", -1)) {
            try salon.applying(
                .setOnFail(itemKey: "sal-002", FailAction(action: "a", actionEn: "b", dueDays: -1)))
        }
    }

    @Test func unknownKeys() {
        #expect(throws: ChecklistEditError.unknownItem("sal-099")) {
            try salon.applying(.deleteItem(itemKey: "sal-099"))
        }
        #expect(throws: ChecklistEditError.unknownSection("kasir")) {
            try salon.applying(.addItem(.atEndOf(sectionKey: "kasir"), text: "a", textEn: "b"))
        }
        #expect(throws: ChecklistEditError.unknownSection("kasir")) {
            try salon.applying(.renameSection(sectionKey: "kasir", title: "a", titleEn: "b"))
        }
    }

    @Test func sections() throws {
        let added = try salon.applyingReturningKey(
            .addSection(title: "Pembayaran & Kasir", titleEn: "Payment", afterSectionKey: "persiapan"))
        #expect(added.addedKey == "pembayaran-kasir")
        #expect(added.checklist.sections.map(\.key) == ["persiapan", "pembayaran-kasir", "layanan"])

        let numbered = try salon.applyingReturningKey(.addSection(title: "Persiapan", titleEn: "Preparation 2"))
        #expect(numbered.addedKey == "persiapan-2")
        #expect(numbered.checklist.sections.last?.key == "persiapan-2")

        #expect(throws: ChecklistEditError.duplicateKey("sal-001")) {
            try salon.applying(.addSection(key: "sal-001", title: "a", titleEn: "b"))
        }
        #expect(throws: ChecklistEditError.invalidKey("Kasir")) {
            try salon.applying(.addSection(key: "Kasir", title: "a", titleEn: "b"))
        }

        let renamed = try salon.applying(.renameSection(sectionKey: "layanan", title: "Pelayanan", titleEn: "Care"))
        #expect(renamed.sections[1].title == "Pelayanan" && renamed.sections[1].titleEn == "Care")
        #expect(renamed.sections[1].key == "layanan")
    }

    @Test func publishedTemplatesNeedANewRevision() throws {
        let published = ChecklistFixtures.salon(status: .published)
        #expect(throws: ChecklistEditError.publishedIsReadOnly(revision: 2)) {
            try published.applying(.deleteItem(itemKey: "sal-001"))
        }
        #expect(throws: ChecklistEditError.archivedIsReadOnly(revision: 2)) {
            try ChecklistFixtures.salon(status: .archived).applying(.deleteItem(itemKey: "sal-001"))
        }
        let draft = published.startingRevision()
        #expect(draft.status == .draft && draft.revision == 3)
        #expect(draft.startingRevision() == draft)
        let edited = try draft.applying(.deleteItem(itemKey: "sal-002"))
        let republished = edited.publishing(effectiveFrom: "2020-09-01")
        #expect(republished.status == .published && republished.revision == 3)
        #expect(republished.effectiveFrom == "2020-09-01")
        #expect(ChecklistFixtures.salon().publishing().effectiveFrom == "2020-07-01")
    }

    @Test func errorsDescribeWhatAndWhere() {
        #expect(ChecklistEditError.unknownItem("sal-099").description == "no item \"sal-099\"")
        #expect(
            ChecklistEditError.invalidWeight(itemKey: "sal-002", -1.5).message.id
                == "bobot -1,5 tidak sah untuk butir \"sal-002\" (harus ≥ 0, dan 0 untuk butir teks)")
        #expect(
            ChecklistEditError.publishedIsReadOnly(revision: 3).message.id
                == "revisi 3 sudah terbit dan tidak dapat diubah; buat revisi baru")
    }
}
