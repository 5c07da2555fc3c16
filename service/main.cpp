#include "app/cli.h"

int main(int argc, char **argv)
{
    return runQueueService(argc, argv);
}
