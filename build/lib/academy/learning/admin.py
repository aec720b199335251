"""The course in the back-office: a page per level (course, module, lesson, quiz, question), each with its children inline.

Django's admin does not nest inlines, so each inline links to its row's own page (`show_change_link`).
"""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from rules.contrib.admin import ObjectPermissionsStackedInline, ObjectPermissionsTabularInline

from academy.editions.admin import EditionScopedAdmin, I18nInline
from academy.editions.models import Edition
from academy.editions.rules import managed_editions
from academy.learning.models import Course, Lesson, LessonImage, Module, Option, Question, Quiz


class CourseRowAdmin(EditionScopedAdmin):
    """A row under a course: listed and chosen only within the editions this person manages."""

    # Which parent each foreign key points to, and the path from that parent up to its edition.
    parent_paths = {"course": "edition", "module": "course__edition", "quiz": "module__course__edition"}

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        path = self.parent_paths.get(db_field.name)
        if path:
            editions = managed_editions(request.user, Edition.objects.all())
            kwargs["queryset"] = db_field.related_model.objects.filter(**{f"{path}__in": editions})
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class ModuleInline(I18nInline, ObjectPermissionsStackedInline):
    model = Module
    extra = 0
    show_change_link = True


@admin.register(Course)
class CourseAdmin(CourseRowAdmin):
    list_display = ["title", "edition", "opens_at", "closes_at", "completion_rule"]
    inlines = [ModuleInline]


class LessonInline(I18nInline, ObjectPermissionsTabularInline):
    model = Lesson
    extra = 0
    fields = ["position", "title", "minutes"]
    show_change_link = True


class QuizInline(I18nInline, ObjectPermissionsTabularInline):
    model = Quiz
    extra = 0
    fields = ["position", "title", "pass_mark"]
    show_change_link = True


@admin.register(Module)
class ModuleAdmin(CourseRowAdmin):
    edition_path = "course__edition"
    list_display = ["title", "course", "position"]
    list_filter = ["course"]
    inlines = [LessonInline, QuizInline]


class ImageInline(ObjectPermissionsTabularInline):
    model = LessonImage
    extra = 1
    readonly_fields = ["markdown"]

    @admin.display(description=_("to place it in the text"))
    def markdown(self, image: LessonImage) -> str:
        return format_html("<code>![{}]({})</code>", image.description, image.image.url) if image.pk else ""


@admin.register(Lesson)
class LessonAdmin(CourseRowAdmin):
    edition_path = "module__course__edition"
    list_display = ["title", "module", "position", "minutes"]
    list_filter = ["module__course"]
    filter_horizontal = ["readings"]
    inlines = [ImageInline]


class QuestionInline(ObjectPermissionsTabularInline):
    """The quiz's questions, each a link to its own page: a question and its answers are checked together there."""

    model = Question
    extra = 0
    fields = readonly_fields = ["position", "text", "multiple"]
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Quiz)
class QuizAdmin(CourseRowAdmin):
    edition_path = "module__course__edition"
    list_display = ["title", "module", "pass_mark"]
    list_filter = ["module__course"]
    readonly_fields = ["add_question"]
    inlines = [QuestionInline]

    @admin.display(description=_("questions"))
    def add_question(self, quiz: Quiz) -> str:
        if not quiz.pk:
            return _("Save the quiz first, then add its questions.")
        url = reverse("admin:learning_question_add") + f"?quiz={quiz.pk}"
        return format_html('<a href="{}">{}</a>', url, _("Add a question with its answers"))


class OptionFormSet(BaseInlineFormSet):
    def clean(self) -> None:
        super().clean()
        kept = [form for form in self.forms if form.cleaned_data and not form.cleaned_data.get("DELETE")]
        right = sum(bool(form.cleaned_data.get("correct")) for form in kept)
        if len(kept) < 2:
            raise ValidationError(_("A question needs at least two answers to choose from."))
        if self.instance.multiple and right < 1:
            raise ValidationError(_("Tick at least one right answer."))
        if not self.instance.multiple and right != 1:
            raise ValidationError(_("A single-choice question has exactly one right answer."))


class OptionInline(I18nInline, ObjectPermissionsStackedInline):
    model = Option
    formset = OptionFormSet
    extra = 2


@admin.register(Question)
class QuestionAdmin(CourseRowAdmin):
    edition_path = "quiz__module__course__edition"
    list_display = ["text", "quiz", "multiple"]
    list_filter = ["quiz__module__course"]
    inlines = [OptionInline]
