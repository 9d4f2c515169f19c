"""Unit testing: TestCase with the common assert methods and CPython's
failure messages, setUp/tearDown (and the class-level ones), skips,
expected failures, subTest, TestSuite, TestLoader, TestResult, and the
text runner and main() with CPython's output.

Differences from CPython: a failed assertEqual on strings or containers
gives CPython's first lines ("Lists differ: ...", "First differing
element ...") but not the difflib listing that follows them; there are no
assertRaisesRegex, assertRegex, assertWarns or assertLogs (there is no re
module); main() ignores the command line.
"""

import sys
import time
import _tasklet_traceback

__all__ = ['TestCase', 'TestSuite', 'TestLoader', 'TestResult', 'TextTestRunner',
           'TextTestResult', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'main', 'defaultTestLoader', 'FunctionTestCase']

# The file name of this module's code: its frames are left out of the
# tracebacks of failures, as CPython's unittest leaves out its own.
_HIDDEN = '<frozen unittest>'


class SkipTest(Exception):
    """Raise to skip a test; the argument is the reason."""

    __module__ = 'unittest.case'


def _id(obj):
    return obj


def skip(reason):
    """Unconditionally skip the decorated test or class."""
    def decorator(test_item):
        if not isinstance(test_item, type):
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            skip_wrapper.__name__ = getattr(test_item, '__name__', 'skip_wrapper')
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if callable(reason) and not isinstance(reason, str):
        test_item, reason = reason, ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    """Skip the decorated test if condition is true."""
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    """Skip the decorated test unless condition is true."""
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    """Mark a test as expected to fail."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < 80:
        return result
    return result[:80] + ' [truncated]...'


def _common_shorten_repr(*args):
    return tuple(_safe_repr(a) for a in args)


class _Outcome:
    # What running one test produced, for the result.
    def __init__(self, result):
        self.result = result
        self.expecting_failure = False
        self.success = True
        self.expected_failure = None


class _AssertRaisesContext:
    """The context manager assertRaises returns."""

    def __init__(self, expected, test_case, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                exc_name = self.expected.__name__
            except AttributeError:
                exc_name = str(self.expected)
            if self.obj_name:
                self._fail('%s not raised by %s' % (exc_name, self.obj_name))
            else:
                self._fail('%s not raised' % exc_name)
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        return True

    obj_name = None

    def _fail(self, standard):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, standard))

    def handle(self, args, kwargs):
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (next(iter(kwargs)),))
            return self
        callable_obj, *args = args
        try:
            self.obj_name = callable_obj.__name__
        except AttributeError:
            self.obj_name = str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _subDescription(self):
        parts = []
        if self._message is not None:
            parts.append('[{}]'.format(self._message))
        if self.params:
            parts.append('({})'.format(', '.join(
                '{}={!r}'.format(k, v) for k, v in self.params.items())))
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return '{} {}'.format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '{} {}'.format(self.test_case, self._subDescription())


class _SubTestContext:
    def __init__(self, test_case, msg, params):
        self.test_case = test_case
        self.sub = _SubTest(test_case, msg, params)

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        outcome = self.test_case._outcome
        if outcome is None or exc_type is None:
            return False
        if issubclass(exc_type, SkipTest):
            outcome.result.addSkip(self.sub, str(exc_value))
            return True
        if issubclass(exc_type, KeyboardInterrupt):
            return False
        outcome.success = False
        outcome.result.addSubTest(self.test_case, self.sub, (exc_type, exc_value, tb))
        return True


class TestCase:
    """A test: a method of a subclass, run between setUp() and tearDown()."""

    __module__ = 'unittest.case'

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _classSetupFailed = False

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._cleanups = []
        self._testMethodDoc = 'No test'
        try:
            testMethod = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError('no such test method in %s: %s' % (self.__class__, methodName))
        else:
            self._testMethodDoc = testMethod.__doc__

    def setUp(self):
        """Run before each test."""

    def tearDown(self):
        """Run after each test."""

    @classmethod
    def setUpClass(cls):
        """Run once before the tests of the class."""

    @classmethod
    def tearDownClass(cls):
        """Run once after the tests of the class."""

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDown, last added first."""
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def id(self):
        return '%s.%s.%s' % (self.__class__.__module__, self.__class__.__qualname__,
                             self._testMethodName)

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        return doc.strip().split('\n')[0].strip() if doc else None

    def __str__(self):
        return '%s (%s.%s.%s)' % (self._testMethodName, self.__class__.__module__,
                                  self.__class__.__qualname__, self._testMethodName)

    def __repr__(self):
        return '<%s.%s testMethod=%s>' % (self.__class__.__module__,
                                          self.__class__.__qualname__, self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def subTest(self, msg=None, **params):
        """A context in which a failure is reported and the test goes on."""
        return _SubTestContext(self, msg, params)

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fail immediately."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if msg is None:
            return standardMsg
        if not self.longMessage:
            return msg
        return '%s : %s' % (standardMsg, msg)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without collecting errors in a result."""
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        self.doCleanups()

    def run(self, result=None):
        """Run the test, reporting to result."""
        if result is None:
            result = self.defaultTestResult()
        result.startTest(self)
        try:
            testMethod = getattr(self, self._testMethodName)
            if (getattr(self.__class__, '__unittest_skip__', False) or
                    getattr(testMethod, '__unittest_skip__', False)):
                why = (getattr(self.__class__, '__unittest_skip_why__', '') or
                       getattr(testMethod, '__unittest_skip_why__', ''))
                result.addSkip(self, why)
                return result
            expecting_failure = (getattr(self, '__unittest_expecting_failure__', False) or
                                 getattr(testMethod, '__unittest_expecting_failure__', False))
            outcome = _Outcome(result)
            outcome.expecting_failure = expecting_failure
            self._outcome = outcome
            try:
                if self._callStep(outcome, self.setUp):
                    self._callStep(outcome, testMethod, is_test=True)
                    self._callStep(outcome, self.tearDown)
                while self._cleanups:
                    function, args, kwargs = self._cleanups.pop()
                    self._callStep(outcome, lambda: function(*args, **kwargs))
                if outcome.success:
                    if expecting_failure:
                        if outcome.expected_failure is not None:
                            result.addExpectedFailure(self, outcome.expected_failure)
                        else:
                            result.addUnexpectedSuccess(self)
                    else:
                        result.addSuccess(self)
            finally:
                self._outcome = None
            return result
        finally:
            result.stopTest(self)

    def _callStep(self, outcome, step, is_test=False):
        # Run one step; report its exception. True when it passed.
        try:
            step()
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            outcome.success = False
            outcome.result.addSkip(self, str(e))
            return False
        except BaseException as e:
            exc_info = (type(e), e, e.__traceback__)
            if is_test and outcome.expecting_failure:
                outcome.expected_failure = exc_info
            else:
                outcome.success = False
                if isinstance(e, self.failureException):
                    outcome.result.addFailure(self, exc_info)
                else:
                    outcome.result.addError(self, exc_info)
            return False
        return True

    # The assertions.

    def assertTrue(self, expr, msg=None):
        """Fail unless expr is true."""
        if not expr:
            self.fail(self._formatMessage(msg, '%s is not true' % _safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        """Fail if expr is true."""
        if expr:
            self.fail(self._formatMessage(msg, '%s is not false' % _safe_repr(expr)))

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            func = {
                dict: self.assertDictEqual, list: self.assertListEqual,
                tuple: self.assertTupleEqual, set: self.assertSetEqual,
                frozenset: self.assertSetEqual, str: self.assertMultiLineEqual,
            }.get(type(first))
            if func is not None:
                return func
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second."""
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fail if first == second."""
        if not first != second:
            self.fail(self._formatMessage(msg, '%s == %s' % (_safe_repr(first), _safe_repr(second))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail unless first and second round to the same places (7) or are
        within delta."""
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = '%s != %s within %s delta (%s difference)' % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = '%s != %s within %r places (%s difference)' % (
                _safe_repr(first), _safe_repr(second), places, _safe_repr(diff))
        self.fail(self._formatMessage(msg, standardMsg))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail if first and second round to the same places (7) or are
        within delta."""
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = '%s == %s within %s delta (%s difference)' % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = '%s == %s within %r places' % (_safe_repr(first), _safe_repr(second), places)
        self.fail(self._formatMessage(msg, standardMsg))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fail unless the sequences are equal, saying where they differ."""
        if seq_type is not None:
            seq_type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s'
                                            % (seq_type_name, _safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s'
                                            % (seq_type_name, _safe_repr(seq2)))
        else:
            seq_type_name = 'sequence'
        differing = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            differing = 'First %s has no length.    Non-sequence?' % seq_type_name
        if differing is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                differing = 'Second %s has no length.    Non-sequence?' % seq_type_name
        if differing is None:
            if seq1 == seq2:
                return
            differing = '%ss differ: %s != %s\n' % (
                (seq_type_name.capitalize(),) + _common_shorten_repr(seq1, seq2))
            for i in range(min(len1, len2)):
                item1 = seq1[i]
                item2 = seq2[i]
                if item1 != item2:
                    differing += ('\nFirst differing element %d:\n%s\n%s\n'
                                  % ((i,) + _common_shorten_repr(item1, item2)))
                    break
            else:
                if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                    return
            if len1 > len2:
                differing += ('\nFirst %s contains %d additional elements.\n'
                              % (seq_type_name, len1 - len2))
                differing += ('First extra element %d:\n%s\n' % (len2, _safe_repr(seq1[len2])))
            elif len1 < len2:
                differing += ('\nSecond %s contains %d additional elements.\n'
                              % (seq_type_name, len2 - len1))
                differing += ('First extra element %d:\n%s\n' % (len1, _safe_repr(seq2[len1])))
        self.fail(self._formatMessage(msg, differing))

    def assertListEqual(self, list1, list2, msg=None):
        """assertSequenceEqual for lists."""
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """assertSequenceEqual for tuples."""
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Fail unless the sets are equal, listing the differences."""
        try:
            difference1 = set1.difference(set2)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('first argument does not support set difference: %s' % e)
        try:
            difference2 = set2.difference(set1)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('second argument does not support set difference: %s' % e)
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append('Items in the first set but not the second:')
            for item in difference1:
                lines.append(repr(item))
        if difference2:
            lines.append('Items in the second set but not the first:')
            for item in difference2:
                lines.append(repr(item))
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        """Fail unless the dicts are equal."""
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            self.fail(self._formatMessage(msg, '%s != %s' % _common_shorten_repr(d1, d2)))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fail unless the strings are equal."""
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first != second:
            self.fail(self._formatMessage(msg, '%s != %s' % _common_shorten_repr(first, second)))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless the sequences have the same items, in any order."""
        first_seq, second_seq = list(first), list(second)
        differences = []
        counted = []
        for elem in first_seq + second_seq:
            if any(elem is c or elem == c for c in counted):
                continue
            counted.append(elem)
            cnt_s = sum(1 for x in first_seq if x is elem or x == elem)
            cnt_t = sum(1 for x in second_seq if x is elem or x == elem)
            if cnt_s != cnt_t:
                differences.append((cnt_s, cnt_t, elem))
        if differences:
            lines = ['First has %d, Second has %d:  %r' % diff for diff in differences]
            standardMsg = 'Element counts were not equal:\n' + '\n'.join(lines)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIn(self, member, container, msg=None):
        """Fail unless member in container."""
        if member not in container:
            self.fail(self._formatMessage(msg, '%s not found in %s' % (
                _safe_repr(member), _safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        """Fail if member in container."""
        if member in container:
            self.fail(self._formatMessage(msg, '%s unexpectedly found in %s' % (
                _safe_repr(member), _safe_repr(container))))

    def assertIs(self, expr1, expr2, msg=None):
        """Fail unless expr1 is expr2."""
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, '%s is not %s' % (
                _safe_repr(expr1), _safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        """Fail if expr1 is expr2."""
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % _safe_repr(expr1)))

    def assertIsNone(self, obj, msg=None):
        """Fail unless obj is None."""
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % _safe_repr(obj)))

    def assertIsNotNone(self, obj, msg=None):
        """Fail if obj is None."""
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        """Fail unless isinstance(obj, cls)."""
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is not an instance of %r' % (_safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        """Fail if isinstance(obj, cls)."""
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (_safe_repr(obj), cls)))

    def assertGreater(self, a, b, msg=None):
        """Fail unless a > b."""
        if not a > b:
            self.fail(self._formatMessage(msg, '%s not greater than %s' % (_safe_repr(a), _safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        """Fail unless a >= b."""
        if not a >= b:
            self.fail(self._formatMessage(msg, '%s not greater than or equal to %s'
                                          % (_safe_repr(a), _safe_repr(b))))

    def assertLess(self, a, b, msg=None):
        """Fail unless a < b."""
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (_safe_repr(a), _safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        """Fail unless a <= b."""
        if not a <= b:
            self.fail(self._formatMessage(msg, '%s not less than or equal to %s'
                                          % (_safe_repr(a), _safe_repr(b))))

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless the callable (or the with block) raises
        expected_exception; the context manager keeps it as .exception."""
        context = _AssertRaisesContext(expected_exception, self)
        return context.handle(args, kwargs)


class FunctionTestCase(TestCase):
    """A TestCase that runs a plain function."""

    __module__ = 'unittest.case'

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        TestCase.__init__(self)
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return '%s (%s)' % (self.__class__.__name__, self._testFunc.__name__)


class TestSuite:
    """A collection of tests (and suites) run in order; class fixtures run
    once around the tests of each class."""

    __module__ = 'unittest.suite'

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __repr__(self):
        return '<%s.%s tests=%s>' % (self.__class__.__module__, self.__class__.__qualname__,
                                     list(self))

    def countTestCases(self):
        return sum(test.countTestCases() for test in self._tests)

    def addTest(self, test):
        if not callable(test):
            raise TypeError('{} is not callable'.format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated '
                            'before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result):
        previous = None
        for test in self._flatten():
            if result.shouldStop:
                break
            cls = test.__class__
            if cls is not previous:
                if previous is not None:
                    self._tearDownClass(previous, result)
                previous = cls
                self._setUpClass(cls, result)
            if cls._classSetupFailed:
                continue
            test(result)
        if previous is not None:
            self._tearDownClass(previous, result)
        return result

    def _flatten(self):
        for test in self._tests:
            if isinstance(test, TestSuite):
                yield from test._flatten()
            else:
                yield test

    def _setUpClass(self, cls, result):
        cls._classSetupFailed = False
        if getattr(cls, '__unittest_skip__', False):
            return
        try:
            cls.setUpClass()
        except Exception as e:
            cls._classSetupFailed = True
            if isinstance(e, SkipTest):
                result.addSkip(_ErrorHolder('setUpClass (%s.%s)' % (cls.__module__, cls.__qualname__)),
                               str(e))
            else:
                result.addError(_ErrorHolder('setUpClass (%s.%s)' % (cls.__module__, cls.__qualname__)),
                                (type(e), e, e.__traceback__))

    def _tearDownClass(self, cls, result):
        if cls._classSetupFailed or getattr(cls, '__unittest_skip__', False):
            return
        try:
            cls.tearDownClass()
        except Exception as e:
            result.addError(_ErrorHolder('tearDownClass (%s.%s)' % (cls.__module__, cls.__qualname__)),
                            (type(e), e, e.__traceback__))


class _ErrorHolder:
    # Stands for a class fixture that failed, in the result.
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.description

    def countTestCases(self):
        return 0


class TestLoader:
    """Finds the tests of TestCase classes and modules."""

    __module__ = 'unittest.loader'

    testMethodPrefix = 'test'
    suiteClass = TestSuite

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the test methods of a class."""
        names = []
        for name in dir(testCaseClass):
            if name.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, name)):
                names.append(name)
        names.sort()
        return names

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of the tests of a TestCase class."""
        if issubclass(testCaseClass, TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. '
                            'Maybe you meant to derive from TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def loadTestsFromName(self, name, module=None):
        """A suite of the tests a dotted name (in module) stands for."""
        parts = name.split('.')
        obj = module
        for part in parts:
            obj = getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if callable(obj) and len(parts) >= 2:
            return self.suiteClass([self._parent(module, parts)(parts[-1])])
        raise TypeError("don't know how to make test from: %s" % obj)

    def _parent(self, module, parts):
        obj = module
        for part in parts[:-1]:
            obj = getattr(obj, part)
        return obj

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """A suite of the tests of the TestCase classes in a module (or a
        dict of its globals)."""
        namespace = module if isinstance(module, dict) else vars(module)
        tests = []
        for name in sorted(namespace):
            obj = namespace[name]
            if isinstance(obj, type) and issubclass(obj, TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        return self.suiteClass(tests)


defaultTestLoader = TestLoader()


class TestResult:
    """What running tests found: testsRun, failures, errors, skipped,
    expectedFailures and unexpectedSuccesses."""

    __module__ = 'unittest.result'

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.failfast = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        return _tasklet_traceback.format_exception_hiding(value, _HIDDEN)

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """Whether no test failed (an unexpected success is a failure)."""
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return '<%s.%s run=%i errors=%i failures=%i>' % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.testsRun, len(self.errors), len(self.failures))


class TextTestResult(TestResult):
    """A TestResult that reports on a stream as the tests run: a character
    per test, or a line per test with verbosity 2."""

    __module__ = 'unittest.runner'

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        TestResult.__init__(self, stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        # Whether the last thing written ended its line: a subtest's
        # status goes on a line of its own.
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.write('\n')
            if is_subtest:
                self.stream.write('  ')
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
        self.stream.write(status + '\n')
        self.stream.flush()
        self._newline = True

    def startTest(self, test):
        TestResult.startTest(self, test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
            self.stream.flush()
            self._newline = False

    def _short(self, char, long, test=None):
        if self.showAll:
            self._write_status(test, long)
        elif self.dots:
            self.stream.write(char)
        self.stream.flush()

    def addSuccess(self, test):
        TestResult.addSuccess(self, test)
        self._short('.', 'ok', test)

    def addError(self, test, err):
        TestResult.addError(self, test, err)
        self._short('E', 'ERROR', test)

    def addFailure(self, test, err):
        TestResult.addFailure(self, test, err)
        self._short('F', 'FAIL', test)

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                self._short('F', 'FAIL', subtest)
            else:
                self._short('E', 'ERROR', subtest)
        TestResult.addSubTest(self, test, subtest, err)

    def addSkip(self, test, reason):
        TestResult.addSkip(self, test, reason)
        self._short('s', 'skipped {0!r}'.format(reason), test)

    def addExpectedFailure(self, test, err):
        TestResult.addExpectedFailure(self, test, err)
        self._short('x', 'expected failure', test)

    def addUnexpectedSuccess(self, test):
        TestResult.addUnexpectedSuccess(self, test)
        self._short('u', 'unexpected success', test)

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.write('\n')
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        unexpected = getattr(self, 'unexpectedSuccesses', ())
        if unexpected:
            self.stream.write(self.separator1 + '\n')
            for test in unexpected:
                self.stream.write('UNEXPECTED SUCCESS: %s\n' % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.write(self.separator1 + '\n')
            self.stream.write('%s: %s\n' % (flavour, self.getDescription(test)))
            self.stream.write(self.separator2 + '\n')
            self.stream.write('%s\n' % err)
            self.stream.flush()


class TextTestRunner:
    """Runs tests and reports as CPython's runner does, on sys.stderr by
    default: the progress, the failures, "Ran N tests in T.TTTs" and the
    verdict."""

    __module__ = 'unittest.runner'

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = stream if stream is not None else sys.stderr
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        """Run the test (or suite) and report; return the result."""
        result = self._makeResult()
        result.failfast = self.failfast
        start = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        time_taken = time.perf_counter() - start
        result.printErrors()
        self.stream.write(result.separator2 + '\n')
        run = result.testsRun
        self.stream.write('Ran %d test%s in %.3fs\n' % (run, run != 1 and 's' or '', time_taken))
        self.stream.write('\n')
        infos = []
        if not result.wasSuccessful():
            self.stream.write('FAILED')
            failed, errored = len(result.failures), len(result.errors)
            if failed:
                infos.append('failures=%d' % failed)
            if errored:
                infos.append('errors=%d' % errored)
        else:
            self.stream.write('OK')
        if result.skipped:
            infos.append('skipped=%d' % len(result.skipped))
        if result.expectedFailures:
            infos.append('expected failures=%d' % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append('unexpected successes=%d' % len(result.unexpectedSuccesses))
        if infos:
            self.stream.write(' (%s)\n' % (', '.join(infos),))
        else:
            self.stream.write('\n')
        self.stream.flush()
        return result


class TestProgram:
    """Runs the tests of a module (__main__, the caller's by default) and
    exits with status 0 if they pass and 1 if not."""

    __module__ = 'unittest.main'

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False,
                 _namespace=None):
        self.exit = exit
        self.verbosity = verbosity
        self.testRunner = testRunner
        self.testLoader = testLoader
        if isinstance(module, str) and _namespace is not None:
            module = _namespace
        if defaultTest is None:
            self.test = testLoader.loadTestsFromModule(module)
        else:
            names = (defaultTest,) if isinstance(defaultTest, str) else defaultTest
            ns = _ModuleView(module) if isinstance(module, dict) else module
            self.test = testLoader.loadTestsFromNames(names, ns)
        self.runTests()

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner(verbosity=self.verbosity)
        elif isinstance(runner, type):
            runner = runner(verbosity=self.verbosity)
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


class _ModuleView:
    # Attribute access to a dict of globals, for loadTestsFromName.
    def __init__(self, namespace):
        self.__dict__.update(namespace)


def main(module='__main__', defaultTest=None, argv=None, testRunner=None,
         testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
         catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
    """Run the tests of the calling module (by default) and exit."""
    namespace = None
    if module == '__main__':
        namespace = sys._getframe(1).f_globals
    return TestProgram(module, defaultTest, argv, testRunner, testLoader, exit,
                       verbosity, failfast, catchbreak, buffer, warnings,
                       _namespace=namespace)
