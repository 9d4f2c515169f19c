# A chat room: members post to the room's channel; the room tasklet
# broadcasts every message to each member's inbox, except the author's.
import stackless

class Room:
    def __init__(self):
        self.posts = stackless.channel()
        self.members = []
        stackless.tasklet(self.serve)()

    def serve(self):
        while True:
            author, text = self.posts.receive()
            if text is None:
                for m in self.members:
                    m.inbox.send(None)
                return
            for m in self.members:
                if m is not author:
                    m.inbox.send((author.name, text))

class Member:
    def __init__(self, room, name, says):
        self.name = name
        self.inbox = stackless.channel()
        self.inbox.preference = 1  # the room does not wait for readers
        self.heard = []
        room.members.append(self)
        stackless.tasklet(self.listen)()
        stackless.tasklet(self.talk)(room, says)

    def listen(self):
        while True:
            msg = self.inbox.receive()
            if msg is None:
                return
            self.heard.append("%s: %s" % msg)

    def talk(self, room, says):
        for text in says:
            room.posts.send((self, text))
            stackless.schedule()

room = Room()
members = [Member(room, "ann", ["hi", "bye"]), Member(room, "bob", ["hello"]),
           Member(room, "cy", [])]
stackless.run()
room.posts.send((None, None))
stackless.run()
for m in members:
    print(m.name, m.heard)
