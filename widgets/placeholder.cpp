namespace Copydesk { int widgetsPlaceholder() { return 0; } }
