match command:
    case "go":
        speed = = 1
