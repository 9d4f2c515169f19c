import stackless


async def f():
    return 1
