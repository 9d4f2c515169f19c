def main():
    try:
        raise KeyError("primary")
    finally:
        print("cleanup done")
main()
