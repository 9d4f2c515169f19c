# unittest: assertion messages, fixtures, skips, expected failures,
# subTest, and the text runner's report (its "Ran N tests in T.TTTs" line
# has the time masked, since it varies).
import sys
import unittest


class Capture:
    """A stream that keeps what the runner writes."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass

    def text(self):
        lines = ''.join(self.parts).split('\n')
        for i, line in enumerate(lines):
            if line.startswith('Ran ') and line.endswith('s') and ' in ' in line:
                lines[i] = line[:line.index(' in ')] + ' in T.TTTs'
        return '\n'.join(lines)


events = []


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        events.append('tearDownClass')

    def setUp(self):
        events.append('setUp ' + self._testMethodName)
        self.addCleanup(events.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        events.append('tearDown ' + self._testMethodName)

    def test_a(self):
        """Checks addition."""
        self.assertEqual(1 + 1, 2)

    def test_b_fails(self):
        self.assertEqual(1 + 1, 3, 'arithmetic is broken')

    def test_c_error(self):
        [][1]

    @unittest.skip('not today')
    def test_d_skipped(self):
        events.append('never')

    @unittest.skipIf(True, 'condition held')
    def test_e_skipif(self):
        pass

    @unittest.skipUnless(True, 'runs')
    def test_f_skipunless(self):
        self.assertTrue(True)

    @unittest.expectedFailure
    def test_g_expected(self):
        self.assertEqual(0, 1)

    @unittest.expectedFailure
    def test_h_unexpected(self):
        pass

    def test_i_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_j_skiptest(self):
        self.skipTest('skipped inside')

    def helper_not_a_test(self):
        pass


class Messages(unittest.TestCase):
    def test_messages(self):
        checks = [
            (self.assertEqual, (1, 2)), (self.assertEqual, ({1}, {2})),
            (self.assertEqual, ({'k': 1}, {'k': 1})),
            (self.assertNotEqual, (1, 1)), (self.assertTrue, (0,)), (self.assertFalse, ('x',)),
            (self.assertIs, (1, None)), (self.assertIsNot, (None, None)),
            (self.assertIsNone, (1,)), (self.assertIsNotNone, (None,)),
            (self.assertIn, (1, [2])), (self.assertNotIn, (1, [1])),
            (self.assertIsInstance, (1, str)), (self.assertNotIsInstance, (1, int)),
            (self.assertAlmostEqual, (1.0, 1.1)), (self.assertNotAlmostEqual, (1.0, 1.0)),
            (self.assertAlmostEqual, (1.0, 1.5, None, None, 0.1)),
            (self.assertGreater, (1, 2)), (self.assertGreaterEqual, (1, 2)),
            (self.assertLess, (2, 1)), (self.assertLessEqual, (2, 1)),
            (self.assertCountEqual, ([1, 2], [2, 2])),
        ]
        for f, args in checks:
            try:
                f(*args)
            except AssertionError as e:
                print(f.__name__, '|', e)
        try:
            self.assertEqual(1, 2, 'custom')
        except AssertionError as e:
            print(e)
        try:
            with self.assertRaises(ValueError):
                pass
        except AssertionError as e:
            print(e)
        try:
            self.assertRaises(ValueError, len, [])
        except AssertionError as e:
            print(e)
        with self.assertRaises(KeyError) as cm:
            {}['q']
        print(repr(cm.exception))
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual('abc', 'cab')
        try:
            self.fail('explicit')
        except AssertionError as e:
            print(e)


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Fixtures))
suite = loader.loadTestsFromTestCase(Fixtures)
print(suite.countTestCases(), str(list(suite)[0]), Fixtures('test_a').id(), Fixtures('test_a').shortDescription())
for verbosity in (1, 2):
    events.clear()
    stream = Capture()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(loader.loadTestsFromTestCase(Fixtures))
    print(stream.text())
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print(events)

result = unittest.TestResult()
loader.loadTestsFromTestCase(Messages).run(result)
print(result, result.wasSuccessful())
stream = Capture()
unittest.TextTestRunner(stream=stream).run(unittest.TestSuite())
print(stream.text())


class AllPass(unittest.TestCase):
    def test_one(self):
        self.assertEqual(sorted([3, 1, 2]), [1, 2, 3])

    def test_two(self):
        self.assertIn('a', 'abc')


stream = Capture()
prog = unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=stream),
                     defaultTest='AllPass')
print(stream.text(), prog.result.wasSuccessful())
