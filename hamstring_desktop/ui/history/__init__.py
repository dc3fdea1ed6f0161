"""The History page: the summary, the charts, and the sessions table with a session's detail."""
