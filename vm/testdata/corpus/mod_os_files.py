# os and os.path: path arithmetic, a scratch directory tree, errors with
# CPython's errno messages, the environment.
import os
import os.path
from os.path import join, split, splitext, basename, dirname, normpath


def show(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(join('a', 'b'), join('a/', 'b'), join('a', '/b', 'c'), join('', 'x'), join('a', ''))
print(split('/a/b/c'), split('c'), split('/'), split('a/b/'), split('//x'))
print(splitext('a.txt'), splitext('.bashrc'), splitext('a/b.c/d'), splitext('x.tar.gz'), splitext('a..'))
print(basename('/a/b/'), basename('f.py'), dirname('/a/b/c'), dirname('file'), dirname('/'))
print(normpath('a//b/./c/..'), normpath('/../x'), normpath(''), normpath('//a'), normpath('///a'), normpath('../../a'))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonpath(['/usr/lib', '/usr/local']))
print(os.path.relpath('/a/b/c', '/a/x'), os.path.relpath('/a', '/a'), os.path.normcase('AbC'), os.path.splitdrive('/x'))
print(os.path.abspath('/a/./b/../c'), os.path.abspath('rel') == join(os.getcwd(), 'rel'))
print(os.sep, os.pathsep, os.linesep == '\n', os.curdir, os.pardir, os.name, os.extsep, os.devnull)
show("join int", join, 'a', 1)
show("basename None", basename, None)
show("commonpath mix", os.path.commonpath, ['/a', 'b'])

base = '/tmp/tasklet_mod_os_files'
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(join(root, f))
        for d in dirs:
            os.rmdir(join(root, d))
    os.rmdir(base)
os.mkdir(base)
os.makedirs(join(base, 'x', 'y', 'z'))
os.makedirs(join(base, 'x', 'y'), exist_ok=True)
show("makedirs exists", os.makedirs, join(base, 'x'))
show("mkdir exists", os.mkdir, base)
with open(join(base, 'x', 'a.txt'), 'w') as f:
    f.write('hello')
with open(join(base, 'b.txt'), 'w') as f:
    f.write('')
print(sorted(os.listdir(base)), sorted(os.listdir(join(base, 'x'))))
print(os.path.isdir(join(base, 'x')), os.path.isfile(join(base, 'x')), os.path.isfile(join(base, 'b.txt')), os.path.exists(join(base, 'nope')))
print(os.path.getsize(join(base, 'x', 'a.txt')), os.path.getsize(join(base, 'b.txt')), os.stat(join(base, 'x', 'a.txt')).st_size)
st = os.stat(base)
print(type(st.st_mtime).__name__, st.st_mtime_ns // 10**9 == st[8], os.path.getmtime(base) > 0, len(st))
os.rename(join(base, 'b.txt'), join(base, 'c.txt'))
print(sorted(os.listdir(base)))
for root, dirs, files in os.walk(base):
    print(root[len(base):] or '.', sorted(dirs), sorted(files))
show("remove missing", os.remove, join(base, 'missing.txt'))
show("remove dir", os.remove, join(base, 'x'))
show("rmdir nonempty", os.rmdir, join(base, 'x'))
show("listdir missing", os.listdir, join(base, 'missing'))
show("listdir file", os.listdir, join(base, 'c.txt'))
show("getsize missing", os.path.getsize, join(base, 'missing'))
show("stat missing", os.stat, join(base, 'missing'))
show("chdir missing", os.chdir, join(base, 'missing'))
old = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, sorted(os.listdir()), os.path.abspath('c.txt') == join(base, 'c.txt'))
os.chdir(old)
os.remove(join(base, 'c.txt'))
os.remove(join(base, 'x', 'a.txt'))
os.removedirs(join(base, 'x', 'y', 'z'))
print(os.path.exists(join(base, "x")))
print(os.path.exists(base))

os.environ['TASKLET_TEST_VAR'] = 'value'
print(os.environ['TASKLET_TEST_VAR'], os.getenv('TASKLET_TEST_VAR'), 'TASKLET_TEST_VAR' in os.environ)
del os.environ['TASKLET_TEST_VAR']
print(os.getenv('TASKLET_TEST_VAR'), os.getenv('TASKLET_TEST_VAR', 'dflt'), os.environ.get('TASKLET_TEST_VAR'))
show("environ missing", lambda: os.environ['TASKLET_NO_SUCH_VAR'])
show("environ int", os.environ.__setitem__, 'X', 1)
print(isinstance(os.getpid(), int), os.getpid() > 0, isinstance(os.cpu_count(), int), len(os.urandom(8)))
print(os.fspath('p'), os.path.expanduser('x/~'), os.path.expandvars('$TASKLET_NO_SUCH_VAR/x'))
