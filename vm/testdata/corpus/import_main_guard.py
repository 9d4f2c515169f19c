def main():
    print("main ran, __name__ =", __name__)
if __name__ == "__main__":
    main()
import _helper_math
print(_helper_math.__name__ != "__main__")
