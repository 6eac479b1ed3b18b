import SMEModel
import TerminalUI
import Testing
@testable import SMEDashboard

/// Key sequences on the Assess screen: choosing the business, answering, notes and actions, the
/// live score and Ctrl+S.
@Suite struct AssessScreenTests {
    private let rina = Assessor(name: "Rina Marlina, S.Sos.", nip: "198310152010012015")
    private let stamp = FileStamp(device: 3, inode: 4, size: 5, modifiedNanoseconds: 6, contentHash: 7)

    private var foodIndex: Int { SOPEditFixture.firstBusiness(inSector: "food") }
    private var food: Business { SOPEditFixture.registry.businesses[foodIndex] }
    private var foodChecklist: Checklist? { SOPEditFixture.data().library.template(forSector: "food")?.checklist }

    /// The Assess screen with the first food business being assessed.
    private func assessingFood(assessor: Assessor? = nil) -> AppState {
        var state = SOPEditFixture.state(.assess, assessor: assessor)
        state.startAssessment(of: foodIndex)
        return state
    }

    private func answer(_ state: AppState, _ key: String) -> AnswerValue? {
        state.assess.assessment?.answers[key]?.value
    }

    @Test func thePickerFiltersByTypingAndStartsANewAssessment() throws {
        var state = SOPEditFixture.state(.assess)
        #expect(state.press(.char("b")).isEmpty)
        guard case .picker(let picker)? = state.modals.last else {
            Issue.record("no picker")
            return
        }
        #expect(picker.question == .assess(.business))
        _ = state.type(food.id)
        guard case .picker(let narrowed)? = state.modals.last else {
            Issue.record("picker closed")
            return
        }
        #expect(narrowed.visible(.en).count == 1)
        #expect(state.press(.enter).isEmpty)

        let key = "2021-11-01-\(food.id.lowercased())"
        let checklist = try #require(foodChecklist)
        let expected = Assessment.new(for: checklist, businessID: food.id, assessor: Assessor(name: ""), date: "2021-11-01", key: key)
        #expect(state.modals.isEmpty)
        #expect(state.assess.business == foodIndex)
        #expect(state.assess.checklist == checklist)
        #expect(state.assess.assessment == expected)
        #expect(state.assess.path == SOPEditFixture.bundledRoot + "/assessments/\(key).json")
        #expect(state.assess.stamp(in: state.data) == nil)
        #expect(!state.assess.isModified(in: state.data))
    }

    @Test func enterStartsWithTheBusinessChosenOnTheBusinessesScreen() throws {
        var state = SOPEditFixture.state(.assess)
        let position = try #require(state.businesses.rows.firstIndex(of: foodIndex))
        state.businesses.selection = position
        _ = state.press(.enter)
        #expect(state.assess.business == foodIndex)
        #expect(state.assess.assessment?.businessID == food.id)
    }

    @Test func spaceCyclesYesNoNotApplicableUnansweredAndMovesOn() {
        var state = assessingFood()
        #expect(state.assess.selectedItem?.key == "kul-001")
        var seen: [AnswerValue?] = []
        for _ in 0..<4 {
            #expect(state.press(.char(" ")).isEmpty)
            seen.append(answer(state, "kul-001"))
            // Space moves on to the next item; k comes back for the next answer in the cycle.
            #expect(state.assess.selectedItem?.key == "kul-002")
            state.press(.char("k"))
        }
        #expect(seen == [.yes, .no, .notApplicable, nil])
        #expect(answer(state, "kul-002") == nil)
        #expect(state.assess.undoStack.count == 4)
        _ = state.press(.char("u"))
        #expect(answer(state, "kul-001") == .notApplicable)
    }

    @Test func theNumberPromptReadsBothDecimalMarksAndKeepsTheOldValueOnBadInput() {
        var state = assessingFood()
        _ = state.press(.down, .down)
        #expect(state.assess.selectedItem?.key == "kul-003")
        _ = state.press(.enter)
        #expect(state.topQuestion == .assess(.number(itemKey: "kul-003")))
        _ = state.type("37,5")
        _ = state.press(.enter)
        #expect(answer(state, "kul-003") == .number(37.5))

        _ = state.press(.char("#"))
        guard case .prompt(let prompt)? = state.modals.last else {
            Issue.record("no prompt")
            return
        }
        #expect(prompt.field.value == "37.5")
        _ = state.press(.ctrl("u"))
        _ = state.type("40.25")
        _ = state.press(.enter)
        #expect(answer(state, "kul-003") == .number(40.25))

        _ = state.press(.char("#"), .ctrl("u"))
        _ = state.type("abc")
        _ = state.press(.enter)
        #expect(answer(state, "kul-003") == .number(40.25))
        #expect(state.status == .error(Localized(id: "\"abc\" bukan angka; jawaban tetap 40,25%", en: "\"abc\" is not a number; the answer stays 40.25%")))
        guard case .prompt(let again)? = state.modals.last else {
            Issue.record("the prompt did not open again")
            return
        }
        #expect(again.question == .assess(.number(itemKey: "kul-003")))
        #expect(again.field.value == "abc")

        _ = state.press(.ctrl("u"))
        _ = state.type("60 %")
        _ = state.press(.enter)
        #expect(answer(state, "kul-003") == .number(60))
        #expect(state.assess.assessment.map { $0.result(of: state.assess.selectedItem!) } == .fail)

        _ = state.press(.char(" "), .ctrl("u"))
        _ = state.type("na")
        _ = state.press(.enter)
        #expect(answer(state, "kul-003") == .notApplicable)
        _ = state.press(.enter, .ctrl("u"), .enter)
        #expect(answer(state, "kul-003") == nil)
    }

    @Test func theScoreFollowsTheAnswers() throws {
        var state = assessingFood()
        let checklist = try #require(state.assess.checklist)
        _ = state.press(.char(" "), .char(" "), .up, .char(" "), .up)
        let assessment = try #require(state.assess.assessment)
        let score = AssessmentScore(checklist: checklist, assessment: assessment)
        #expect(score.score == 0.5)
        #expect(score.unansweredRequired.count == 14)
        state.size = Size(width: 120, height: 40)
        // Incomplete: no score is shown, only the verdict and how far the answers go.
        #expect(state.render().lines()[2] == "Score – · INCOMPLETE · pass mark 80% · failed critical: 0 · required unanswered: 14 · answered 2/30")
        state.language = .id
        #expect(state.render().lines()[2] == "Skor – · BELUM LENGKAP · batas 80% · gagal kritis: 0 · wajib belum dijawab: 14 · dijawab 2/30")
    }

    @Test func notesAndCorrectiveActionsWithTheProposedDueDate() {
        var state = assessingFood()
        _ = state.press(.down, .char("n"))
        #expect(state.modals.isEmpty)
        #expect(state.status == .error(AssessmentEditError.unanswered("kul-002").message))

        _ = state.press(.char(" "), .up, .char(" "), .up, .char("n"))
        _ = state.type("Poster sobek")
        _ = state.press(.enter)
        #expect(state.assess.assessment?.answers["kul-002"]?.note == "Poster sobek")

        _ = state.press(.char("t"))
        guard case .prompt(let action)? = state.modals.last else {
            Issue.record("no prompt")
            return
        }
        #expect(action.field.value == "Put up protocol posters at the entrance and the cashier")
        _ = state.press(.enter)
        guard case .prompt(let due)? = state.modals.last else {
            Issue.record("no due date prompt")
            return
        }
        #expect(due.field.value == "2021-11-08")
        _ = state.press(.ctrl("u"))
        _ = state.type("2021-02-30")
        _ = state.press(.enter)
        #expect(state.status?.kind == .error)
        #expect(state.topQuestion?.isDueDate == true)
        _ = state.press(.ctrl("u"))
        // The Indonesian day-first form is stored as ISO, and the error goes.
        _ = state.type("15/11/2021")
        _ = state.press(.enter)
        #expect(state.modals.isEmpty)
        #expect(state.status?.kind != .error)
        #expect(state.assess.assessment?.answers["kul-002"] == ItemAnswer(
            value: .no, note: "Poster sobek",
            action: CorrectiveAction(text: "Put up protocol posters at the entrance and the cashier", dueDate: "2021-11-15")))
    }

    @Test func ctrlSSavesANewFileThenPassesTheStamp() throws {
        var state = assessingFood(assessor: rina)
        #expect(state.press(.ctrl("s")).isEmpty)
        #expect(state.status == .info(Localized(id: "Belum ada jawaban untuk disimpan", en: "There are no answers to save yet")))
        _ = state.press(.char(" "))
        let path = SOPEditFixture.bundledRoot + "/assessments/2021-11-01-\(food.id.lowercased()).json"
        let assessment = try #require(state.assess.assessment)
        #expect(assessment.assessor == rina)
        #expect(state.press(.ctrl("s")) == [.saveAssessment(path: path, assessment: assessment, expecting: nil)])

        #expect(state.update(.assess(.saved(AssessmentFile(path: path, assessment: assessment, stamp: stamp)))).isEmpty)
        #expect(state.assess.stamp(in: state.data) == stamp)
        #expect(!state.assess.isModified(in: state.data))
        #expect(state.status == .success(Localized(id: "Tersimpan ke data/assessments/2021-11-01-\(food.id.lowercased()).json (belum lengkap (1/30))",
                                                   en: "Saved to data/assessments/2021-11-01-\(food.id.lowercased()).json (incomplete (1/30))")))
        _ = state.press(.char(" "))
        let second = try #require(state.assess.assessment)
        #expect(state.press(.ctrl("s")) == [.saveAssessment(path: path, assessment: second, expecting: stamp)])

        // N starts another assessment of the same business in a new file.
        _ = state.update(.assess(.saved(AssessmentFile(path: path, assessment: second, stamp: stamp))))
        _ = state.press(.char("N"))
        #expect(state.assess.assessment?.key == "2021-11-01-\(food.id.lowercased())-2")
        #expect(state.assess.stamp(in: state.data) == nil)
    }

    /// V asks for the berita acara's visit details in turn; a time that is not HH:MM is asked
    /// again with what was typed, and each detail is one undo step.
    @Test func visitDetailsAreAskedInTurnAndATimeIsChecked() throws {
        var state = assessingFood(assessor: rina)
        _ = state.press(.char("V"))
        #expect(state.topQuestion == .assess(.visitTime))
        _ = state.type("9.30")
        _ = state.press(.enter)
        #expect(state.topQuestion == .assess(.visitTime), "a wrong time is asked again")
        guard case .prompt(let prompt)? = state.modals.last else { Issue.record("no prompt"); return }
        #expect(prompt.field.value == "9.30")
        _ = state.press(.ctrl("u"))
        _ = state.type("09:30")
        _ = state.press(.enter)
        #expect(state.topQuestion == .assess(.visitAddress))
        _ = state.type("Jl. Merdeka No. 12")
        _ = state.press(.enter)
        #expect(state.topQuestion == .assess(.personInCharge))
        _ = state.type("Dadang")
        _ = state.press(.enter)
        #expect(state.modals.isEmpty)
        let assessment = try #require(state.assess.assessment)
        #expect(assessment.visitTime == "09:30")
        #expect(assessment.address == "Jl. Merdeka No. 12")
        #expect(assessment.personInCharge == "Dadang")
        _ = state.press(.char("u"))
        #expect(state.assess.assessment?.personInCharge == nil)
        #expect(state.assess.assessment?.address == "Jl. Merdeka No. 12")
    }

    @Test func theFirstSaveAsksForTheAssessorWhenNoneIsSet() throws {
        var state = assessingFood()
        _ = state.press(.char(" "), .ctrl("s"))
        #expect(state.topQuestion == .assess(.assessorName(thenSave: true)))
        _ = state.type("Dewi Lestari")
        _ = state.press(.enter)
        _ = state.type("198001012005012001")
        _ = state.press(.enter)
        #expect(state.topQuestion == .assess(.assessorRank(name: "Dewi Lestari", nip: "198001012005012001", thenSave: true)))
        _ = state.type("Penata (III/c)")
        let effects = state.press(.enter)
        let assessment = try #require(state.assess.assessment)
        #expect(assessment.assessor == Assessor(name: "Dewi Lestari", nip: "198001012005012001", rank: "Penata (III/c)"))
        #expect(effects == [.saveAssessment(path: try #require(state.assess.path), assessment: assessment, expecting: nil)])
        #expect(state.assess.assessor == assessment.assessor)
    }

    @Test func aConflictOffersANewFileAndStartingOverAsksFirst() throws {
        var state = assessingFood(assessor: rina)
        _ = state.press(.char(" "))
        let path = try #require(state.assess.path)
        _ = state.update(.assess(.saveFailed(SaveFailure(path: path, message: Localized("changed"), isConflict: true))))
        #expect(state.topQuestion == .assess(.conflict(path: path)))
        let effects = state.press(.enter)
        let newPath = SOPEditFixture.bundledRoot + "/assessments/2021-11-01-\(food.id.lowercased())-2.json"
        #expect(state.assess.path == newPath)
        #expect(effects == [.saveAssessment(path: newPath, assessment: try #require(state.assess.assessment), expecting: nil)])

        _ = state.press(.char("N"))
        #expect(state.topQuestion == .assess(.discard(startWith: foodIndex)))
        _ = state.press(.escape)
        #expect(answer(state, "kul-001") == .yes)
    }

    @Test func quittingAndSignalsSaveWithAPlaceholderAssessor() throws {
        var state = assessingFood()
        _ = state.press(.char(" "))
        let saves = state.assess.saveEffects(data: state.data)
        guard case .saveAssessment(let path, let saved, nil)? = saves.first else {
            Issue.record("no save")
            return
        }
        #expect(saved.assessor.name == AssessScreen.unnamedAssessor)
        #expect(state.update(.signal(.hangUp)) == saves + [.quit])
        _ = state.press(.char("q"), .enter)
        #expect(state.update(.assess(.saved(AssessmentFile(path: path, assessment: saved, stamp: stamp)))) == [.quit])
    }

    @Test func numbersParseInBothStyles() {
        #expect(AssessScreen.parseNumber("37,5") == 37.5)
        #expect(AssessScreen.parseNumber(" 37.5 ") == 37.5)
        #expect(AssessScreen.parseNumber("1.234,5") == 1234.5)
        #expect(AssessScreen.parseNumber("1,234.5") == 1234.5)
        #expect(AssessScreen.parseNumber("-2") == -2)
        #expect(AssessScreen.parseNumber("1,2,3") == nil)
        #expect(AssessScreen.parseNumber("abc") == nil)
        #expect(AssessScreen.parseNumber("nan") == nil)
        #expect(AssessScreen.parseNumber("") == nil)
        #expect(AssessScreen.assessor(fromEnvironment: "Rina Marlina, S.Sos.; 198310152010012015") == rina)
        #expect(AssessScreen.assessor(fromEnvironment: "Dewi") == Assessor(name: "Dewi"))
        #expect(AssessScreen.assessor(fromEnvironment: " ") == nil)
    }
}
