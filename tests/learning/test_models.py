import pytest

from academy.learning.models import CompletionRule, Course


@pytest.mark.parametrize("rule", CompletionRule.values)
def test_course_requirement_properties_follow_the_completion_rule(rule):
    course = Course(completion_rule=rule)

    assert course.required_before_start is (rule == "before_start")
    assert course.required_for_certificate is (rule == "for_certificate")
