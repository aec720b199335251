from django.conf import settings
from django.db import connection, models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from academy.attendance import packed as arrays_of
from academy.attendance.readers import DateOrder, Platform
from academy.editions.models import Edition
from academy.programme.models import Session


class Source(models.TextChoices):
    REPORT = "report", _("webinar report")
    CHECK_IN = "check_in", _("check-in at the door")
    SELF = "self", _("self check-in")
    MANUAL = "manual", _("recorded by an organiser")


class WebinarReport(models.Model):
    """One imported attendance report of a session; a corrected one replaces it."""

    session = models.ForeignKey(
        Session, on_delete=models.CASCADE, related_name="attendance_reports", verbose_name=_("session")
    )
    platform = models.CharField(_("platform"), max_length=16, choices=Platform.choices)
    file_name = models.CharField(_("file"), max_length=255)
    content_hash = models.CharField(_("SHA-256 of the file"), max_length=64)
    time_zone = models.CharField(_("time zone of the report"), max_length=64)
    date_order = models.CharField(_("order of the dates"), max_length=3, choices=DateOrder.choices, blank=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("imported by")
    )
    imported_at = models.DateTimeField(_("imported at"), auto_now_add=True)
    rows = models.PositiveIntegerField(_("rows"))
    matched_rows = models.PositiveIntegerField(_("rows matched to participants"))
    staff_rows = models.PositiveIntegerField(_("rows of hosts, organisers and speakers"))
    replaced_at = models.DateTimeField(_("replaced by a corrected report at"), null=True, blank=True)

    objects = ScopedManager(edition="session__edition")

    class Meta:
        verbose_name = _("attendance report")
        verbose_name_plural = _("attendance reports")
        ordering = ["-imported_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["session"], condition=models.Q(replaced_at=None), name="one_current_report_per_session"
            )
        ]

    def __str__(self) -> str:
        return f"{self.session.code}: {self.file_name}"


class ReportAttendance(models.Model):
    """What the current report of a session says of every participant it names, as one row of arrays.

    Each person's merged intervals and seconds, packed by ``academy.attendance.packed`` (little-endian
    64-bit integers); ``seconds`` counts the session window as it was when written (``window_start``..
    ``window_end``): if the session moves, it is counted again from the intervals. A replaced report
    keeps its row in the history but no longer its arrays.
    """

    report = models.OneToOneField(
        WebinarReport,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="attendance",
        verbose_name=_("attendance report"),
    )
    session = models.ForeignKey(
        Session, on_delete=models.CASCADE, related_name="reported_attendance", verbose_name=_("session")
    )
    window_start = models.BigIntegerField()
    window_end = models.BigIntegerField()
    people = models.BinaryField()
    offsets = models.BinaryField()
    intervals = models.BinaryField()
    seconds = models.BinaryField()

    objects = ScopedManager(edition="session__edition")

    class Meta:
        verbose_name = _("attendance in a report")
        verbose_name_plural = _("attendance in reports")
        constraints = [models.UniqueConstraint(fields=["session"], name="one_reported_attendance_per_session")]

    def __str__(self) -> str:
        return str(self.report)

    @property
    def packed(self) -> arrays_of.Packed:
        return arrays_of.Packed(
            people=arrays_of.from_bytes(self.people),
            offsets=arrays_of.from_bytes(self.offsets),
            intervals=arrays_of.from_bytes(self.intervals).reshape(-1, 2),
            seconds=arrays_of.from_bytes(self.seconds),
        )

    def store(self, arrays: arrays_of.Packed) -> None:
        """Keep these arrays (unsaved)."""
        self.people = arrays_of.to_bytes(arrays.people)
        self.offsets = arrays_of.to_bytes(arrays.offsets)
        self.intervals = arrays_of.to_bytes(arrays.intervals)
        self.seconds = arrays_of.to_bytes(arrays.seconds)

    def insert(self) -> None:
        """Write this new row. On PostgreSQL the arrays go as bound parameters: Django's psycopg cursor binds on
        the client, which writes a report's half megabyte as hex in the SQL text, ten times slower to send and
        parse than the bytes themselves."""
        if connection.vendor != "postgresql":
            self.save(force_insert=True)
            return
        import psycopg  # only with PostgreSQL

        fields = self._meta.concrete_fields
        columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
        table = connection.ops.quote_name(self._meta.db_table)
        connection.ensure_connection()
        with psycopg.Cursor(connection.connection) as cursor:  # the same connection, so the same transaction
            cursor.execute(
                f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})",  # noqa: S608
                [getattr(self, field.attname) for field in fields],
            )


class Presence(models.Model):
    """What a check-in, a self check-in or an organiser says about one person at one session: intervals in
    Unix seconds, and their sum (reports keep theirs in ``ReportAttendance``).

    ``seconds`` is the merged total clipped to the session window as it was when written
    (``window_start``..``window_end``); if the session moves, it is computed again from the intervals.
    """

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="presences", verbose_name=_("session"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="presences", verbose_name=_("participant")
    )
    source = models.CharField(_("source"), max_length=16, choices=Source.choices)
    intervals = models.JSONField(_("intervals"), default=list)
    seconds = models.PositiveIntegerField(_("seconds attended"))
    window_start = models.BigIntegerField()
    window_end = models.BigIntegerField()
    reason = models.TextField(_("reason"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now=True)

    objects = ScopedManager(edition="session__edition")

    class Meta:
        verbose_name = _("presence")
        verbose_name_plural = _("presences")
        constraints = [
            models.UniqueConstraint(fields=["session", "user", "source"], name="one_presence_per_source"),
        ]

    def __str__(self) -> str:
        return f"{self.session.code}: {self.user} ({self.get_source_display()})"


class ReviewStatus(models.TextChoices):
    OPEN = "open", _("to review")
    MATCHED = "matched", _("matched")
    DISMISSED = "dismissed", _("dismissed")


class ReviewRow(models.Model):
    """A row of an imported report that names nobody for sure, and what an organiser said of it (attendance, Moodle)."""

    name = models.CharField(_("name in the report"), max_length=255, blank=True)
    email = models.CharField(_("e-mail in the report"), max_length=254, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=ReviewStatus.choices, default=ReviewStatus.OPEN)
    matched_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name or self.email


class ReviewItem(ReviewRow):
    """Someone in a report the platform could not tell apart: an organiser matches or dismisses them."""

    report = models.ForeignKey(WebinarReport, on_delete=models.CASCADE, related_name="review_items")
    lines = models.JSONField(_("lines in the file"))
    intervals = models.JSONField(_("intervals"))

    objects = ScopedManager(edition="report__session__edition")

    class Meta:
        verbose_name = _("report row to review")
        verbose_name_plural = _("report rows to review")
        ordering = ["report", "pk"]


class KnownName(models.Model):
    """A name or e-mail an organiser matched to a participant (or dismissed), applied to later imports."""

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="known_names")
    key = models.CharField(max_length=255)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )

    objects = ScopedManager(edition="edition")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["edition", "key"], name="one_match_per_known_name")]

    def __str__(self) -> str:
        return self.key


class Excuse(models.Model):
    """An absence an organiser excused: the session leaves the person's denominator."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="excuses", verbose_name=_("session"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="excuses", verbose_name=_("participant")
    )
    reason = models.TextField(_("reason"))
    excused_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    excused_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(edition="session__edition")

    class Meta:
        verbose_name = _("excused absence")
        verbose_name_plural = _("excused absences")
        constraints = [models.UniqueConstraint(fields=["session", "user"], name="one_excuse_per_session")]

    def __str__(self) -> str:
        return f"{self.session.code}: {self.user}"


class SelfCheckInCode(models.Model):
    """The short code shown during a live online session; typing it in the window proves presence."""

    session = models.OneToOneField(Session, on_delete=models.CASCADE, related_name="self_check_in")
    code = models.CharField(_("code"), max_length=8)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(edition="session__edition")

    def __str__(self) -> str:
        return self.code


class Badge(models.Model):
    """A participant's badge for an edition: its code is in the QR code and printed under it."""

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="badges")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="badges")
    code = models.CharField(_("badge code"), max_length=16, unique=True)

    objects = ScopedManager(edition="edition")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["edition", "user"], name="one_badge_per_edition")]

    def __str__(self) -> str:
        return self.code
