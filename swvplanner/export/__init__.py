"""iCalendar feeds for Outlook and other calendar apps, and the state that keeps them stable."""
