"""The ordered table of answerers: the first that applies and answers wins, so order is priority."""

from __future__ import annotations

from bot.answering.answerers.agency_issues import AgencyIssues
from bot.answering.answerers.base import Answerer
from bot.answering.answerers.changes import Changes
from bot.answering.answerers.composition import Composition
from bot.answering.answerers.define import Define
from bot.answering.answerers.document import Document
from bot.answering.answerers.holder_roles import HolderRoles
from bot.answering.answerers.lead import Lead
from bot.answering.answerers.lead_table import LeadTable
from bot.answering.answerers.locate import Locate
from bot.answering.answerers.measures import Measures
from bot.answering.answerers.members_changed import MembersChanged
from bot.answering.answerers.passage import Passage
from bot.answering.answerers.role_holder import RoleHolder
from bot.answering.answerers.yes_no import YesNo

ANSWERERS: tuple[Answerer, ...] = (
    Define(),  # "คพร. คือใคร": what a short name stands for, before any role or lead reading
    Document(),
    Locate(),
    MembersChanged(),  # "เพิ่มใครเป็นกรรมการ": who joined or left, before the resolution's other changes
    Changes(),
    YesNo(),
    Composition(),
    HolderRoles(),
    RoleHolder(),
    LeadTable(),
    AgencyIssues(),
    Lead(),
    Measures(),
    Passage(),  # never worse than retrieval: the best span of the best clause
)
