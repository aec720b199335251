"""Attendance reports written the way the platforms export them."""

import csv
import io

ZOOM_MEETING_BLOCK = (
    "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\r\n"
    "812 3456 7890,Plenary 1: SSE and the future of work,06/14/2027 08:55:12 AM,06/14/2027 12:04:40 PM,"
    "host@itcilo.org,190,4\r\n"
    "\r\n"
)


def zoom_time(moment, zone) -> str:
    """A moment as Zoom writes it in a report made in `zone` (a ZoneInfo)."""
    return moment.astimezone(zone).strftime("%m/%d/%Y %I:%M:%S %p")


ZOOM_HEADER = ["Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)", "Guest"]


def zoom(rows, *, block=True, header=ZOOM_HEADER, delimiter=",", encoding="utf-8") -> bytes:
    """rows: (name, email, join, leave) with Zoom's US dates, e.g. 06/14/2027 09:01:30 AM."""
    out = io.StringIO(newline="")
    if block:
        out.write(ZOOM_MEETING_BLOCK.replace(",", delimiter))
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for name, email, join, leave in rows:
        extra = ["In Waiting Room"] if "In Waiting Room" in header else []
        writer.writerow([name, email, join, leave, "74", "No", *(["No"] * len(extra))])
    return out.getvalue().encode(encoding)


def teams(rows, *, per_join=True, encoding="utf-16") -> bytes:
    """rows: (name, email, join, leave, role) with Teams' day-first dates, e.g. 14/06/2027, 09:01:30."""
    lines = [
        "1. Summary",
        "Meeting title\tPlenary 1: SSE and the future of work",
        f"Attended participants\t{len(rows)}",
        "Start time\t14/06/2027, 08:55:12",
        "End time\t14/06/2027, 12:04:40",
        "Meeting duration\t3h 9m 28s",
        "Average attendance time\t1h 54m 2s",
        "",
        "2. Participants",
        "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole",
    ]
    people = {}
    for name, email, join, leave, role in rows:
        first = people.setdefault(email, [name, join, leave, role])
        first[2] = leave
    for email, (name, join, leave, role) in people.items():
        lines.append(f"{name}\t{join}\t{leave}\t1h 2m 3s\t{email}\t{email}\t{role}")
    if per_join:
        lines += ["", "3. In-Meeting Activities", "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole"]
        lines += [f"{name}\t{join}\t{leave}\t58m 2s\t{email}\t{role}" for name, email, join, leave, role in rows]
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def plain(rows, *, header=("email", "name", "join", "leave"), delimiter=",", encoding="utf-8") -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)
