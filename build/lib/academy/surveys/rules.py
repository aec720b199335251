"""Who builds surveys, who answers them and who sees their results. Every permission of the app is decided here."""

import rules

from academy.editions.rules import can_manage_edition, is_speaker


@rules.predicate
def manages_its_edition(user, survey) -> bool:
    return survey is not None and can_manage_edition(user, survey.edition)


@rules.predicate
def is_in_its_population(user, survey) -> bool:
    """May answer: the survey's population (participants; alumni for the impact survey)."""
    from academy.surveys.services import population

    return survey is not None and user.is_authenticated and population(survey).filter(pk=user.pk).exists()


@rules.predicate
def speaks_in_its_edition(user, survey) -> bool:
    return survey is not None and is_speaker(user, survey.edition)


# Organisers (and platform staff) build surveys and read every result; speakers read the feedback on their own
# sessions (the view keeps them to those); the people of a survey's population answer it.
rules.add_perm("surveys.manage_surveys", can_manage_edition)
rules.add_perm("surveys.change_survey", manages_its_edition)
rules.add_perm("surveys.view_results", manages_its_edition)
rules.add_perm("surveys.answer_survey", is_in_its_population)
rules.add_perm("surveys.view_own_feedback", speaks_in_its_edition)
