import SMEModel
import TerminalUI
