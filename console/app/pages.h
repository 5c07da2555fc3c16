// Every page of the console, in the order the navigation shows them.
#pragma once

class ConsoleContext;
class MainWindow;

void addConsolePages(MainWindow &window, ConsoleContext &context);
